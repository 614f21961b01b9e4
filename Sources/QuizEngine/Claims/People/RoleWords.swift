/// The vocabulary of roles and titles: what may stand before a name ("Sen.", "U.S. envoy",
/// "opposition leader") or after it in apposition ("a former U.S. ambassador").
enum RoleWords {
    /// Titles that may be written capitalised right before a name ("President Donald Trump").
    static let titles = """
    president vice-president senator governor minister secretary ambassador envoy chancellor
    premier king queen prince princess pope cardinal bishop archbishop judge justice general
    admiral colonel commander captain lieutenant sergeant major marshal mayor sheriff
    representative congressman congresswoman chairman chairwoman chair director prosecutor
    attorney emir sheikh sultan ayatollah rabbi imam pastor father sister reverend professor
    doctor dr commissioner inspector detective superintendent speaker deputy delegate
    president-elect dictator leader strongman councilman councilwoman councillor
    """

    /// What a person is or does; the head of a role phrase.
    static let roleNouns = """
    analyst teacher envoy spokesperson spokesman spokeswoman fisherman fishermen leader leaders
    official officials adviser advisor aide aides diplomat economist journalist reporter editor
    correspondent writer author activist organizer organiser driver farmer worker engineer
    scientist researcher lawyer attorney nurse surgeon physician dentist pharmacist paramedic
    firefighter soldier veteran pilot officer agent spy informant whistleblower witness victim
    survivor protester protestor demonstrator dissident critic supporter ally rival opponent
    challenger incumbent nominee appointee successor predecessor heir mentor confidant loyalist
    hardliner moderate reformer candidate lawmaker legislator negotiator mediator owner manager
    founder cofounder co-founder executive ceo cfo businessman businesswoman entrepreneur
    investor banker tycoon magnate billionaire millionaire student pupil graduate professor
    lecturer historian sociologist expert strategist consultant pollster coach player athlete
    captain singer musician artist actor actress poet novelist filmmaker photographer producer
    host anchor presenter columnist commentator blogger influencer vendor shopkeeper merchant
    baker butcher mechanic carpenter electrician plumber cook chef waiter waitress cashier
    clerk accountant programmer developer designer architect trader broker contractor
    labourer laborer miner builder guard janitor cleaner housekeeper nanny caregiver
    midwife doctor priest nun monk cleric preacher missionary exile exiles refugee refugees
    migrant migrants immigrant emigrant resident residents citizen citizens voter voters
    organizer coordinator administrator superintendent principal dean rector head chief
    boss commander commissioner secretary-general minister ministers governor mayor senator
    president ambassador chancellor strongman dictator autocrat ruler monarch emperor czar
    tsar general colonel admiral sergeant lieutenant major marshal representative deputy
    congressman congresswoman councilman councilwoman councillor delegate chairman chairwoman
    chair director prosecutor judge justice sheriff inspector detective investigator auditor
    regulator economist statistician demographer epidemiologist virologist meteorologist
    mother father wife husband son daughter brother sister cousin uncle aunt nephew niece
    grandson granddaughter grandmother grandfather grandchild widow widower partner girlfriend
    boyfriend fiancé fiancée fiance fiancee stepson stepdaughter stepfather stepmother child
    spokesperson aide-de-camp bodyguard chauffeur secretary assistant intern volunteer guide
    climber mountaineer rescuer lifeguard ranger coach trainer referee umpire mediator envoy
    treasurer organiser organizer steward shepherd herder rancher miner fisher fisherwoman
    """

    /// Kinship: "wife Cilia Flores", "son Nicolás Maduro Guerra".
    static let familyNouns = """
    mother father wife husband son daughter brother sister cousin uncle aunt nephew niece
    grandson granddaughter grandmother grandfather widow widower stepson stepdaughter
    stepfather stepmother fiancé fiancée fiance fiancee girlfriend boyfriend partner
    """

    /// Words that qualify a role inside a role phrase: "former", "opposition", "exile".
    static let modifiers = """
    former ex- ex then current acting interim incoming outgoing vice deputy assistant associate
    senior junior chief top lead special foreign prime first second opposition exile exiled
    regime government state national federal local regional campaign security defense defence
    intelligence military army navy police union party rebel church community student human
    rights civil political economic finance financial trade energy oil health education interior
    justice labor labour environment environmental agriculture press communications public
    private retired longtime long-time veteran elected appointed self-proclaimed self-declared
    de facto rival fellow chavista socialist conservative liberal communist republican
    democratic democrat independent presidential ministerial cabinet white house lifelong
    high-ranking low-level mid-level catholic evangelical jewish muslim secretary general
    """

    /// Adjectives of origin that stand before a title: "Venezuelan President Nicolás Maduro".
    static let demonyms = """
    venezuelan venezuelans american americans cuban cuban colombian mexican spanish argentine
    argentinian brazilian chilean peruvian ecuadorian bolivian uruguayan paraguayan panamanian
    nicaraguan honduran guatemalan salvadoran dominican haitian jamaican canadian british
    english scottish irish welsh french german italian portuguese dutch belgian swiss austrian
    swedish norwegian danish finnish polish czech hungarian romanian bulgarian greek turkish
    russian ukrainian belarusian georgian armenian israeli palestinian iranian iraqi syrian
    lebanese jordanian saudi egyptian libyan tunisian algerian moroccan nigerian kenyan
    ethiopian chinese japanese korean indian pakistani afghan bangladeshi indonesian vietnamese
    thai filipino australian european latin hispanic latino latina western bolivarian
    chavista republican democratic democrat socialist
    """

    /// Abbreviated titles, written with a period, and the role they stand for. Titles of
    /// address only ("Mr.", "Ms.") stand for no role.
    static let titleAbbreviations: [(String, String)] = [
        ("sen", "senator"), ("gov", "governor"), ("rep", "representative"), ("dr", "doctor"),
        ("gen", "general"), ("col", "colonel"), ("lt", "lieutenant"), ("capt", "captain"),
        ("sgt", "sergeant"), ("prof", "professor"), ("rev", "reverend"), ("pres", "president"),
        ("amb", "ambassador"), ("adm", "admiral"), ("maj", "major"), ("cmdr", "commander"),
        ("sec", "secretary"), ("atty", "attorney"), ("supt", "superintendent"),
        ("insp", "inspector"), ("det", "detective"), ("fr", "father"), ("msgr", "monsignor"),
        ("mr", ""), ("mrs", ""), ("ms", ""), ("sr", ""), ("sra", ""), ("hon", "honourable"),
    ]
}
