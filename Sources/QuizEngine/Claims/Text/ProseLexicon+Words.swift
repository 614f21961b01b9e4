extension ProseLexicon {
    /// Closed word classes and the verbs and nouns the recognizers key on. Lower case; a word
    /// may appear in several lists.
    static let wordLists: [(String, WordClass)] = [
        ("""
        a an the this that these those some any each every no another such both either neither
        """, [.function, .determiner]),
        ("his her their its my our your whose", [.function, .possessivePronoun]),
        ("he she they", [.function, .subjectPronoun]),
        ("""
        i me my mine myself we us our ours ourselves you your yours yourself yourselves i'm i'll
        i've i'd we're we'll we've we'd you're you'll you've you'd let's
        """, [.function, .firstOrSecondPerson]),
        ("""
        it it's him them himself herself itself themselves one ones what whom whoever
        is are was were be been being am isn't wasn't aren't weren't has have had having hasn't
        haven't hadn't do does did doing don't doesn't didn't will would shall should can could
        may might must won't wouldn't can't couldn't shouldn't there here not also very so too
        just only even than then as if because though although while whether yet still ever never
        all more most much many few less least other own same up down out over off again once
        about into onto upon like via per amid among amongst around through throughout toward
        towards until till since before after during without within between against above below
        under beneath beside besides behind beyond across along near far
        """, .function),
        ("""
        in at on of for with by from to into onto about over under between among through after
        before during since until without within against toward towards across behind beyond
        near amid per via like despite except
        """, [.function, .preposition]),
        ("and or but nor", [.function, .conjunction]),
        ("who which that where whose whom when while", [.function, .relative]),
        ("""
        is are was were be been became becomes become remains remained serves served serving
        """, .copula),
        ("born", .born),
        ("""
        held hosted began begins begin opened opens started starts resumed resume resumes
        convened convenes ended ends closed closes continued continues staged
        """, .eventVerb),
        ("conducted carried commissioned compiled released produced collected gathered prepared run done", .passiveSourceVerb),
        ("has have had will would shall should can could may might must been being", .auxiliary),
        ("""
        report reports story stories article articles investigation interview analysis survey
        poll broadcast dispatch exclusive documentary podcast newsletter reporting
        """, .reportNoun),
        ("""
        zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
        eighty ninety hundred hundreds thousand thousands million millions billion billions
        trillion dozen dozens percent per-cent cent half quarter third thirds nearly almost
        roughly approximately around about some over under least most
        """, .numberWord),
        ("nearly almost roughly approximately", .adverb),
        ("""
        capita cent head person people day days week weeks month months year years hour hours
        minute minutes second seconds share unit units barrel barrels kilo kilogram kilograms
        pound pounds ton tons tonne tonnes mile miles kilometer kilometers kilometre kilometres
        liter litre gallon gallons household households family families annum diem se capita
        student students patient patients vote voter voters game games
        """, .perUnit),
        ("although because whereas unless since while if as after before", .subordinator),
        ("called dubbed so-called termed branded labeled labelled nicknamed titled described describes describing", .namingVerb),
        ("""
        said says say saying told tells tell telling added adds adding asked asks asking stated
        states wrote writes writing tweeted tweets tweeting posted posting declared declares
        declaring announced announces announcing explained explains explaining noted notes noting
        insisted insists insisting cautioned cautions cautioning warned warns warning urged urges
        urging argued argues arguing claimed claims claiming replied replies replying responded
        responds responding remarked remarks recalled recalls recalling continued continues
        concluded concludes acknowledged acknowledges admitted admits conceded concedes observed
        observes quipped joked jokes shouted shouts shouting yelled whispered whispers whispering
        pleaded pleads pleading implored implores promised promises promising vowed vows vowing
        denied denies denounced denounces denouncing commented comments commenting emphasized
        emphasised emphasizes stressed stresses predicted predicts suggested suggests complained
        complains lamented laments boasted boasts chanted chanting cried screamed muttered
        sighed snapped scoffed retorted countered mused added confirmed confirms reiterated
        reiterates testified wrote texted messaged
        """, .speechVerb),
        ("""
        reported reports report reporting revealed reveals reveal confirm confirms confirmed
        assert asserts asserted say says said told found finds estimated estimates estimate
        showed shows show indicated indicates published publishes wrote writes cited cites noted
        notes claimed claims learned learnt verified verify verifies obtained disclosed
        discloses according
        """, .reportVerb),
        ("""
        sources source officials official data figures figure estimates estimate report reports
        reporting poll polls survey surveys census statistics documents document records study
        studies analysis revelations leaks leak filings filing memo cables people persons
        insiders aides diplomats analysts experts spokesperson spokesman spokeswoman accounts
        account count counts tally tallies numbers projections investigation findings
        """, .sourceNoun),
        ("""
        tweet tweets post posts tiktok tiktoks video videos message messages statement
        statements letter letters interview response reply answer words remarks comment
        comments voice offer plea warning note email broadcast podcast address speech op-ed
        column retort verdict message instagram facebook youtube blog
        """, .mediaNoun),
        ("""
        reportedly also later then once allegedly again quickly repeatedly publicly privately
        recently previously earlier still even further simply bluntly flatly quietly angrily
        firmly calmly softly sharply curtly reportedly apparently reportedly subsequently
        initially finally frequently often sometimes once twice openly tersely defiantly now
        currently still temporarily
        """, .adverb),
        ("""
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """, .month),
        ("monday tuesday wednesday thursday friday saturday sunday", .weekday),
        ("""
        meeting meetings summit rally rallies protest protests speech conference talks ceremony
        gathering vigil march marches call calls session hearing funeral visit appearance
        concert celebration parade negotiations negotiation signing inauguration briefing
        debate forum event party dinner lunch breakfast press negotiations negotiation
        ceasefire ceremony assembly gathering
        """, .eventNoun),
        ("""
        fled flee flees fleeing moved move moves moving relocated relocate emigrated emigrate
        escaped escape returned return returns returning settled settle deported exiled
        """, .moveVerb),
        ("""
        traveled travelled travels travel traveling travelling flew fly flies flying arrived
        arrive arrives arriving went goes came comes headed heads visited visits visiting landed
        """, .travelVerb),
        ("""
        exiles refugees migrants protesters protestors demonstrators supporters residents
        families people crowds crowd activists voters students workers officials leaders
        delegates diplomats troops soldiers fans mourners worshippers opposition followers
        """, .groupNoun),
        ("""
        lives live lived living resides resided reside residing based stayed stays staying
        remained remains sat sits sitting hid hides hiding hiding spoke speaking waited waiting
        met meets gathered gather gathers huddle huddles huddled huddling works worked working
        grew stationed held detained jailed imprisoned sheltered sheltering camped rallied
        recovering recovers recovered hospitalized hospitalised treated toured touring
        """, .stayVerb),
        ("""
        de del la las los da do dos das di van von der den ter bin ibn al el y e du le des les
        """, .nameParticle),
        ("""
        cited same these those outlet outlets newspaper newspapers agency paper publication
        network website site
        """, .anaphoricSource),
        ("uss hms hmcs hmas ins rfa ss", .vesselPrefix),
        ("""
        reuters axios bloomberg cnn bbc ap afp nbc abc cbs msnbc politico efe npr pbs
        cibercuba semafor vox
        """, .outlet),
        ("""
        restaurant restaurants palace hotel cafe café bar club church cathedral mosque temple
        embassy consulate prison jail hospital stadium arena square plaza park airport station
        port harbor harbour base camp estate resort mansion residence compound office offices
        headquarters ministry university school campus market mall theater theatre museum
        parliament congress senate courthouse court building tower bridge
        """, .venueNoun),
        ("""
        palace street avenue road boulevard square plaza park airport island islands bay river
        mountains mountain valley county province region district city beach hotel restaurant
        church cathedral embassy prison hospital stadium bridge harbor harbour peninsula coast
        gulf sea ocean lake desert state states republic kingdom strait canal heights hills
        """, .placeHead),
        ("""
        puerto port san santa santo saint st mount mt lake fort cape isla rio río ciudad los
        las el la new north south east west upper lower greater little
        """, .placeFirst),
        ("""
        house department council court ministry party agency herald times post news journal
        research institute university group association committee commission congress senate
        parliament assembly bank fund company corporation inc corp ltd press network foundation
        center centre union movement front coalition alliance organization organisation cartel
        army navy force forces guard police service services command office administration
        government regime tribunal board bureau agency program programme project campaign
        club league federation authority reserve treasury pentagon kremlin
        """, .orgWord),
    ]
}
