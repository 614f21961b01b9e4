/// Which places lie inside which: enough geography to tell that Bogotá is in Colombia (so "in
/// Bogotá" and "in Colombia" agree) while Caracas is not (so "in Caracas" and "in Bogotá" at the
/// same moment cannot both be true), and that a Florida senator is a U.S. senator.
///
/// Places not listed are unknown: the checks never call two places incompatible unless both are
/// known and neither contains the other.
enum Gazetteer {
    /// A place's chain of containers, itself first: ["bogota", "colombia"].
    static func chain(of name: String) -> [String]? {
        let key = normalize(name)
        guard let canonical = aliases[key] ?? (parents[key] != nil || countries.contains(key) ? key : nil) else { return nil }
        var chain = [canonical]
        var current = canonical
        while let parent = parents[current], chain.count < 8 {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// Whether one place contains the other (or they are the same place).
    static func related(_ a: String, _ b: String) -> Bool? {
        guard let ca = chain(of: a), let cb = chain(of: b) else { return nil }
        return ca.contains(cb[0]) || cb.contains(ca[0])
    }

    /// A place's name as an explanation writes it: "Bogota" becomes "Bogotá" where the accent is
    /// known, words capitalised ("united states" is "the United States").
    static func displayName(_ key: String) -> String {
        if let special = displayNames[key] { return special }
        return key.split(separator: " ").map { word in
            ["of", "de", "la", "des", "and", "the"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    static let displayNames: [String: String] = [
        "united states": "the United States", "united kingdom": "the United Kingdom", "bogota": "Bogotá",
        "medellin": "Medellín", "sao paulo": "São Paulo", "brasilia": "Brasília", "cucuta": "Cúcuta",
        "netherlands": "the Netherlands", "philippines": "the Philippines", "czech republic": "the Czech Republic",
        "dominican republic": "the Dominican Republic", "united arab emirates": "the United Arab Emirates",
        "district of columbia": "Washington, D.C.", "white house": "the White House", "oval office": "the Oval Office",
        "mar-a-lago": "Mar-a-Lago", "new york state": "New York State", "washington state": "Washington State",
        "georgia state": "Georgia", "u.s": "the United States", "kremlin": "the Kremlin", "pentagon": "the Pentagon",
        "capitol": "the Capitol",
    ]

    /// Lowercased, accent-folded, "the" and "city of" dropped.
    static func normalize(_ name: String) -> String {
        var words = WordScanner.texts(in: name).map(PersonName.fold)
        if words.first == "the" { words.removeFirst() }
        if words.count > 2, words[0] == "city", words[1] == "of" { words.removeFirst(2) }
        if words.last == "city", words.count > 1, parents[words.dropLast().joined(separator: " ")] != nil { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Country names and demonyms to the country's key.
    static let aliases: [String: String] = {
        var table: [String: String] = [:]
        for country in countries { table[country] = country }
        for (alias, country) in countryAliases { table[alias] = country }
        for (place, _) in parents { table[place] = place }
        for (alias, place) in placeAliases { table[alias] = place }
        return table
    }()

    static let countries: Set<String> = [
        "venezuela", "colombia", "brazil", "argentina", "chile", "peru", "ecuador", "bolivia", "paraguay",
        "uruguay", "mexico", "cuba", "panama", "costa rica", "nicaragua", "honduras", "guatemala", "el salvador",
        "dominican republic", "haiti", "jamaica", "trinidad and tobago", "united states", "canada",
        "united kingdom", "ireland", "france", "germany", "spain", "portugal", "italy", "netherlands", "belgium",
        "switzerland", "austria", "poland", "czech republic", "hungary", "romania", "greece", "turkey", "sweden",
        "norway", "denmark", "finland", "iceland", "ukraine", "russia", "belarus", "serbia", "croatia",
        "china", "japan", "south korea", "north korea", "india", "pakistan", "bangladesh", "indonesia",
        "philippines", "vietnam", "thailand", "malaysia", "singapore", "australia", "new zealand",
        "israel", "iran", "iraq", "syria", "lebanon", "jordan", "saudi arabia", "qatar", "united arab emirates",
        "egypt", "morocco", "algeria", "tunisia", "libya", "nigeria", "ghana", "kenya", "ethiopia",
        "south africa", "sudan", "south sudan", "somalia", "uganda", "tanzania", "rwanda", "congo", "senegal",
        "afghanistan", "kazakhstan", "georgia", "armenia", "azerbaijan", "estonia", "latvia", "lithuania",
    ]

    static let countryAliases: [String: String] = [
        "u.s": "united states", "us": "united states", "usa": "united states", "u.s.a": "united states",
        "america": "united states", "american": "united states", "united states of america": "united states",
        "uk": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
        "british": "united kingdom", "venezuelan": "venezuela", "colombian": "colombia", "brazilian": "brazil",
        "argentine": "argentina", "argentinian": "argentina", "chilean": "chile", "peruvian": "peru",
        "ecuadorian": "ecuador", "bolivian": "bolivia", "mexican": "mexico", "cuban": "cuba", "panamanian": "panama",
        "canadian": "canada", "irish": "ireland", "french": "france", "german": "germany", "spanish": "spain",
        "portuguese": "portugal", "italian": "italy", "dutch": "netherlands", "holland": "netherlands",
        "belgian": "belgium", "swiss": "switzerland", "austrian": "austria", "polish": "poland", "greek": "greece",
        "turkish": "turkey", "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
        "ukrainian": "ukraine", "russian": "russia", "chinese": "china", "japanese": "japan", "korean": "south korea",
        "indian": "india", "pakistani": "pakistan", "indonesian": "indonesia", "filipino": "philippines",
        "vietnamese": "vietnam", "thai": "thailand", "australian": "australia", "israeli": "israel",
        "iranian": "iran", "iraqi": "iraq", "syrian": "syria", "egyptian": "egypt", "moroccan": "morocco",
        "nigerian": "nigeria", "kenyan": "kenya", "ethiopian": "ethiopia", "saudi": "saudi arabia", "uae": "united arab emirates",
        "emirati": "united arab emirates", "qatari": "qatar", "haitian": "haiti", "jamaican": "jamaica",
        "south african": "south africa", "czech": "czech republic", "hungarian": "hungary", "romanian": "romania",
        "scottish": "scotland", "welsh": "wales", "english": "england", "icelandic": "iceland",
        "nicaraguan": "nicaragua", "honduran": "honduras", "guatemalan": "guatemala", "salvadoran": "el salvador",
        "dominican": "dominican republic", "uruguayan": "uruguay", "paraguayan": "paraguay",
    ]

    /// Place to container: regions, states, cities and a few landmark venues.
    static let parents: [String: String] = [
        // Parts of countries.
        "england": "united kingdom", "scotland": "united kingdom", "wales": "united kingdom",
        "northern ireland": "united kingdom",
        "florida": "united states", "texas": "united states", "california": "united states", "new york state": "united states",
        "washington state": "united states", "illinois": "united states", "georgia state": "united states",
        "arizona": "united states", "nevada": "united states", "ohio": "united states", "pennsylvania": "united states",
        "michigan": "united states", "virginia": "united states", "massachusetts": "united states",
        "colorado": "united states", "oregon": "united states", "louisiana": "united states", "alaska": "united states",
        "hawaii": "united states", "maryland": "united states", "new jersey": "united states", "utah": "united states",
        "district of columbia": "united states", "catalonia": "spain", "andalusia": "spain", "bavaria": "germany",
        "quebec": "canada", "ontario": "canada", "british columbia": "canada", "zulia": "venezuela",
        "anzoategui": "venezuela", "tachira": "venezuela", "antioquia": "colombia", "norte": "portugal",
        // Cities.
        "caracas": "venezuela", "maracaibo": "zulia", "valencia venezuela": "venezuela", "puerto la cruz": "anzoategui",
        "san cristobal": "tachira", "bogota": "colombia", "medellin": "antioquia", "cali": "colombia",
        "cucuta": "colombia", "barranquilla": "colombia", "cartagena": "colombia", "lima": "peru",
        "quito": "ecuador", "santiago": "chile", "buenos aires": "argentina", "montevideo": "uruguay",
        "sao paulo": "brazil", "rio de janeiro": "brazil", "brasilia": "brazil", "mexico city": "mexico",
        "havana": "cuba", "panama city": "panama", "san jose": "costa rica", "managua": "nicaragua",
        "washington": "district of columbia", "washington d.c": "district of columbia", "new york": "new york state",
        "new york city": "new york state", "miami": "florida", "orlando": "florida", "tampa": "florida",
        "palm beach": "florida", "west palm beach": "florida", "doral": "florida", "houston": "texas",
        "dallas": "texas", "austin": "texas", "los angeles": "california", "san francisco": "california",
        "chicago": "illinois", "boston": "massachusetts", "seattle": "washington state", "atlanta": "georgia state",
        "ottawa": "ontario", "toronto": "ontario", "montreal": "quebec", "vancouver": "british columbia",
        "london": "england", "manchester": "england", "edinburgh": "scotland", "dublin": "ireland",
        "paris": "france", "lyon": "france", "marseille": "france", "berlin": "germany", "munich": "bavaria",
        "hamburg": "germany", "frankfurt": "germany", "madrid": "spain", "barcelona": "catalonia", "seville": "andalusia",
        "lisbon": "portugal", "porto": "norte", "braga": "norte", "coimbra": "portugal", "faro": "portugal",
        "rome": "italy", "milan": "italy", "naples": "italy", "amsterdam": "netherlands", "rotterdam": "netherlands",
        "the hague": "netherlands", "brussels": "belgium", "geneva": "switzerland", "zurich": "switzerland",
        "bern": "switzerland", "vienna": "austria", "warsaw": "poland", "prague": "czech republic",
        "budapest": "hungary", "bucharest": "romania", "athens": "greece", "istanbul": "turkey", "ankara": "turkey",
        "stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark", "helsinki": "finland",
        "reykjavik": "iceland", "kyiv": "ukraine", "kiev": "ukraine", "moscow": "russia",
        "st. petersburg": "russia", "minsk": "belarus", "beijing": "china", "shanghai": "china",
        "hong kong": "china", "tokyo": "japan", "osaka": "japan", "seoul": "south korea", "pyongyang": "north korea",
        "new delhi": "india", "delhi": "india", "mumbai": "india", "islamabad": "pakistan", "karachi": "pakistan",
        "dhaka": "bangladesh", "jakarta": "indonesia", "manila": "philippines", "hanoi": "vietnam",
        "bangkok": "thailand", "kuala lumpur": "malaysia", "sydney": "australia", "melbourne": "australia",
        "canberra": "australia", "auckland": "new zealand", "wellington": "new zealand", "jerusalem": "israel",
        "tel aviv": "israel", "tehran": "iran", "baghdad": "iraq", "damascus": "syria", "beirut": "lebanon",
        "amman": "jordan", "riyadh": "saudi arabia", "doha": "qatar", "dubai": "united arab emirates",
        "abu dhabi": "united arab emirates", "cairo": "egypt", "rabat": "morocco", "casablanca": "morocco",
        "algiers": "algeria", "tunis": "tunisia", "tripoli": "libya", "lagos": "nigeria", "abuja": "nigeria",
        "accra": "ghana", "nairobi": "kenya", "addis ababa": "ethiopia", "johannesburg": "south africa",
        "cape town": "south africa", "pretoria": "south africa", "khartoum": "sudan", "kampala": "uganda",
        "kigali": "rwanda", "dakar": "senegal", "kabul": "afghanistan",
        // Venues.
        "white house": "washington", "oval office": "white house", "capitol": "washington", "pentagon": "washington",
        "mar-a-lago": "palm beach", "miraflores": "caracas", "miraflores palace": "caracas",
        "kremlin": "moscow", "downing street": "london", "elysee": "paris", "elysee palace": "paris",
        "little havana": "miami", "mendoza": "argentina", "cordoba": "argentina", "rosario": "argentina",
        "bergen": "norway", "trondheim": "norway", "toulouse": "france",
        "nice": "france", "bordeaux": "france", "regua": "norte", "peso da regua": "norte", "lamego": "norte",
        "valparaiso": "chile", "arequipa": "peru", "guayaquil": "ecuador", "la paz": "bolivia",
        "maracay": "venezuela", "barquisimeto": "venezuela",
    ]

    static let placeAliases: [String: String] = [
        "d.c": "washington", "washington dc": "washington", "nyc": "new york", "bogotá": "bogota",
        "medellín": "medellin", "são paulo": "sao paulo", "brasília": "brasilia", "cúcuta": "cucuta",
        "palace of miraflores": "miraflores palace", "mar a lago": "mar-a-lago", "the white house": "white house",
        "georgia": "georgia", "new york state": "new york state",
    ]
}
