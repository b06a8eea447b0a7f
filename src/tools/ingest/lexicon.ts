import nlp from 'compromise';
import { getGender } from 'gender-detection-from-name';
import { fold } from '../../shared/fold';
import { commonWords, primaryLanguage } from '../../shared/common-words';

/**
 * The words ingest's rules read names, speakers and roles by, in English,
 * Spanish and Portuguese, folded (no accents, lower case), and compromise's
 * lexicon of first names, places and organisations (24,000 entries, looked up
 * without accents, so "María" finds "maria"). Lists are data, one per job.
 */

const words = (...lines: string[]) => new Set(lines.join(' ').split(/\s+/).filter(Boolean));

/** compromise's lexicon: word → tag(s). */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

/** The tags compromise's lexicon gives a word (its folded form), or none. */
export function lexiconTags(word: string): string[] {
  const tags = LEXICON[fold(word)];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** Tags of compromise's lexicon that make a word a common word or a place rather than a first name ("Truth", "Lima"). */
const NOT_A_FIRST_NAME =
  /^(?:Noun|Singular|Plural|Uncountable|Adjective|Verb|Infinitive|Place|City|Country|Region|Organization)$/;

/**
 * A first name: in compromise's lexicon, or in the first-name lists of
 * gender-detection-from-name (English, Spanish, Italian, French, German:
 * "Paloma", "Delcy", "Iris", "Mauro") unless compromise knows the word as a
 * common word or a place ("Truth", "Lima", "Florida").
 */
export function isFirstName(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((tag) => /^(?:FirstName|MaleName|FemaleName)$/.test(tag))) return true;
  if (['en', 'es', 'pt'].some((language) => commonWords(language).has(fold(word)))) return false;
  if (tags.some((tag) => NOT_A_FIRST_NAME.test(tag))) return false;
  return getGender(fold(word)) !== 'unknown';
}

/** A place compromise knows ("Quito", "Cuba", "Brooklyn"). */
export function isKnownPlace(word: string): boolean {
  return lexiconTags(word).some((tag) => /^(?:Place|City|Country|Region|Town)$/.test(tag));
}

/** An organisation compromise knows ("CNN", "Chevron"). */
export function isKnownOrganization(word: string): boolean {
  return lexiconTags(word).includes('Organization');
}

/** A day, a month or a demonym in compromise's lexicon: capitalised in English, never a name. */
export function isDateOrDemonym(word: string): boolean {
  const singular = fold(word).replace(/s$/, '');
  return [...lexiconTags(word), ...lexiconTags(singular)].some((tag) =>
    /^(?:WeekDay|Month|Demonym|Holiday|Language)$/.test(tag),
  );
}

/** Verbs of saying, as written in news reports (any tense), folded. */
const SPEECH_VERBS: Record<string, Set<string>> = {
  en: words(
    'say says said saying tell tells told telling add adds added adding note notes noted noting state states stated',
    'stating assert asserts asserted asserting claim claims claimed claiming insist insists insisted insisting',
    'warn warns warned warning argue argues argued arguing explain explains explained explaining describe describes',
    'described describing call calls called calling accuse accuses accused accusing deny denies denied denying',
    'declare declares declared declaring announce announces announced announcing write writes wrote writing',
    'tweet tweets tweeted post posts posted remark remarks remarked remarking emphasize emphasizes emphasized',
    'emphasise emphasised stress stresses stressed point points pointed indicate indicates indicated indicating',
    'admit admits admitted admitting confirm confirms confirmed confirming reply replies replied replying respond',
    'responds responded ask asks asked asking suggest suggests suggested acknowledge acknowledged recall recalled',
    'denounce denounces denounced denouncing criticise criticised criticize criticized condemn condemned',
    'dismiss dismisses dismissed dismissing pledge pledges pledged promise promises promised vow vows vowed',
    'threaten threatens threatened urge urges urged demand demands demanded characterize characterized',
    'characterise characterised label labelled labeled brand branded defend defended defends cautioned caution',
    'cautions concede conceded maintain maintained repeat repeated reiterate reiterated predict predicted',
    'quip quipped joke joked boast boasted complain complained lament lamented agree agreed report reported',
  ),
  es: words(
    'dijo dice decir dicho diciendo afirmo afirma afirmar afirmando aseguro asegura asegurar asegurando',
    'declaro declara declarar declarando anadio anade anadir anadiendo agrego agrega agregar senalo senala senalar',
    'sostuvo sostiene sostener explico explica explicar advirtio advierte advertir indico indica indicar',
    'manifesto manifiesta expreso expresa insistio insiste denuncio denuncia critico critica califico califica',
    'calificar respondio responde responder pregunto pregunta escribio escribe escribir publico publica',
    'anuncio anuncia anunciar confirmo confirma reconocio reconoce admitio admite nego niega acuso acusa',
    'asevero subrayo subraya recalco recalca destaco destaca apunto apunta comento comenta opino opina',
    'pidio pide exigio exige prometio promete amenazo amenaza defendio defiende tuiteo trino informo informa informaron',
    'concluyo concluye replico replica ironizo lamento lamenta reitero reitera considero considera',
    'describio describe culpo culpa aclaro aclara',
  ),
  pt: words(
    'disse diz dizer dito dizendo afirmou afirma afirmar afirmando declarou declara declarar declarando',
    'acrescentou acrescenta acrescentar disseram afirmaram garantiu garante assegurou assegura explicou explica',
    'explicar alertou alerta advertiu adverte indicou indica sustentou sustenta ressaltou ressalta destacou',
    'destaca observou observa comentou comenta escreveu escreve publicou publica anunciou anuncia confirmou',
    'confirma reconheceu reconhece admitiu admite negou nega acusou acusa criticou critica classificou classifica',
    'chamou chama respondeu responde perguntou pergunta pediu pede exigiu exige prometeu promete ameacou ameaca',
    'defendeu defende insistiu insiste denunciou denuncia reiterou reitera lamentou lamenta considerou',
    'considera descreveu descreve culpou culpa concluiu conclui frisou frisa enfatizou enfatiza avaliou avalia',
    'argumentou argumenta completou completa tuitou postou informou informa',
  ),
};

/** True for a verb of saying in `language` ("said", "afirmó", "disse"). */
export function isSpeechVerb(word: string, language: string): boolean {
  return (SPEECH_VERBS[primaryLanguage(language)] ?? SPEECH_VERBS.en!).has(fold(word));
}

/** Nouns for what someone said, whose possessor is the speaker ("Trump's characterizations of him as …"). */
const SPEECH_NOUNS = words(
  'characterization characterizations characterisation characterisations remarks remark words statement',
  'statements comments comment description claim claims accusation accusations warning warnings message post',
  'declaraciones declaracion palabras mensaje comentarios calificativo declaracoes declaracao palavras mensagem',
);

/** True for a noun of saying ("remarks", "declaraciones"). */
export function isSpeechNoun(word: string): boolean {
  return SPEECH_NOUNS.has(fold(word));
}

/** Words after which a name is a place ("in Quito", "en Cúcuta", "em Maracaibo", "the city of …"). */
const PLACE_PREPOSITIONS = words(
  'in to from near across into towards toward outside inside aboard en desde hacia hasta em no na nos nas para rumo bordo',
);

/** True for a preposition that puts a place after it. */
export function isPlacePreposition(word: string): boolean {
  return PLACE_PREPOSITIONS.has(fold(word));
}

/** Nouns written just before a name that say what it is (lower case): "the company Chevron", "la encuestadora Datanálisis". */
const ORGANIZATION_CUES = words(
  'company firm agency outlet network newspaper channel broadcaster party group bank ministry office guerrilla',
  'empresa compania petrolera encuestadora agencia cadena diario periodico partido grupo banco estatal emisora',
  'ministerio guerrilla agencia emissora jornal rede canal companhia organizacao entidade radio tv',
);
const PLACE_CUES = words(
  'city town region state province department village island capital port county district border residents',
  'ciudad region estado departamento municipio pueblo isla capital provincia frontera habitantes residentes vecinos',
  'cidade regiao estado municipio ilha capital provincia fronteira moradores habitantes',
);
const PERSON_CUES = words(
  'analyst journalist lawyer spokesman spokeswoman son daughter wife husband brother sister expert economist',
  'professor researcher activist analista periodista abogado abogada hijo hija esposa esposo hermano hermana',
  'experto experta economista profesor profesora investigador investigadora activista jornalista advogado',
  'advogada filho filha marido irmao irma especialista pesquisador pesquisadora promotor promotora',
);

/** What a lower-case noun just before a name says it is, if anything. */
export function cueKind(word: string): 'person' | 'organization' | 'place' | undefined {
  const key = fold(word);
  if (PERSON_CUES.has(key)) return 'person';
  if (ORGANIZATION_CUES.has(key)) return 'organization';
  if (PLACE_CUES.has(key)) return 'place';
  return undefined;
}

/** Words inside a name that make it an organisation ("Department", "Ejército", "Fundação"). */
const ORGANIZATION_HEADS = words(
  'ministry department agency office bank party council army force forces police court university college',
  'institute fund foundation company corporation corp inc ltd group front movement union assembly congress',
  'senate parliament commission committee administration service bureau network news times post journal',
  'tribune press radio tv channel association federation league cartel clan guerrilla liberation nations',
  'treasury reserve command guard navy airlines energy petroleum oil',
  'ministerio departamento agencia oficina banco partido consejo ejercito fuerza fuerzas policia corte tribunal',
  'universidad instituto fondo fundacion compania corporacion grupo frente movimiento union asamblea congreso',
  'senado parlamento comision comite administracion servicio prensa cadena asociacion federacion liga cartel',
  'liberacion defensoria procuraduria fiscalia contraloria registraduria cancilleria tesoro centro guardia',
  'armada petroleos',
  'ministerio departamento agencia escritorio banco partido conselho exercito forca forcas policia tribunal',
  'universidade instituto fundo fundacao companhia corporacao grupo frente movimento uniao assembleia',
  'congresso senado comissao comite administracao servico imprensa rede associacao federacao liga cartel',
  'libertacao defensoria procuradoria chancelaria tesouro guarda petrobras',
);
/** Words inside a name that make it a place ("Blair House", "Casa Blanca", "Punta Cana", "Nueva York"). */
const PLACE_HEADS = words(
  'city house palace tower square street avenue island river sea ocean gulf bay mountain mountains valley',
  'region province county district airport port desert canal peninsula new north south east west northern',
  'southern eastern western',
  'ciudad casa palacio torre plaza calle avenida isla rio mar oceano golfo bahia montana sierra valle region',
  'provincia distrito aeropuerto puerto desierto peninsula nueva nuevo norte sur este oeste san santa punta',
  'cidade casa palacio torre praca rua avenida ilha rio mar oceano golfo baia montanha serra vale regiao',
  'provincia distrito aeroporto porto deserto peninsula nova novo norte sul leste oeste sao santo santa ponta',
);

/** Which kind a word inside a name points to, if any. */
export function headKind(word: string): 'organization' | 'place' | undefined {
  const key = fold(word);
  if (PLACE_HEADS.has(key)) return 'place';
  if (ORGANIZATION_HEADS.has(key)) return 'organization';
  return undefined;
}

/** Lower-case words that join the words of one name ("Casa de Nariño", "Bank of America", "Defensoría del Pueblo"). */
const CONNECTORS = words('of de del da do das dos la las los el the van von der di du al y e and');
/** The connectors that may only join a name when more follows ("of the", "de la"). */
const CONJUNCTIONS = words('y e and');

/** True for a lower-case word that may join two words of one name; conjunctions do only inside known names. */
export function isConnector(word: string, allowConjunctions = false): boolean {
  const key = fold(word);
  return CONNECTORS.has(key) && (allowConjunctions || !CONJUNCTIONS.has(key));
}

/** Pronouns that stand for a person or body already named, as subjects. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'ele', 'ela', 'eles', 'elas', 'él', 'ella', 'ellos', 'ellas']);
/** True for a subject pronoun ("he", "ella", "ele"; "él" with its accent, not the article "el"). */
export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.toLowerCase());
}
