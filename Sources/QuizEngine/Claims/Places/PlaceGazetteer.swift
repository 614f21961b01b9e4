/// A small gazetteer of places news about the Americas and world politics names, each with the
/// place that contains it ("Bogotá" is in "Colombia"; "Little Havana" in "Miami").
///
/// It serves two purposes. The name finder uses it to tell "Caracas" (a place) from "Carlos"
/// (a person) when the text gives no other clue. And `isWithin` lets the inconsistency checker
/// see that "a TikTok from Bogotá" and "fled to Colombia" place someone in the same country,
/// while "Caracas" and "Colombia" are different ones. Not a world atlas: an unknown place is
/// simply not known to be within anything.
public enum PlaceGazetteer {
    /// The place containing `place`, if known ("Florida" for "Miami").
    public static func container(of place: String) -> String? {
        guard let entry = entries[normalized(place)] else { return nil }
        return entry.isEmpty ? nil : entry
    }

    /// True when `place` is `other` or lies within it, following containers up ("Little Havana"
    /// is within "United States").
    public static func isWithin(_ place: String, _ other: String) -> Bool {
        let target = normalized(other)
        var current = normalized(place)
        for _ in 0..<8 {
            if current == target { return true }
            guard let parent = entries[current], !parent.isEmpty else { return false }
            current = normalized(parent)
        }
        return false
    }

    /// True when one place contains the other, so someone can be in both at once.
    public static func areCompatible(_ a: String, _ b: String) -> Bool {
        isWithin(a, b) || isWithin(b, a)
    }

    /// True when the gazetteer knows `name` as a place.
    public static func isKnown(_ name: String) -> Bool { entries[normalized(name)] != nil }

    /// True when the gazetteer knows the name with this `NameKey` (how the name finder asks,
    /// without building a string).
    static func isKnown(key: UInt64) -> Bool { keys.contains(key) }

    private static let keys: Set<UInt64> = Set(entries.keys.map { NameKey.of($0) })

    /// Lower case, "the " dropped, so "the Caribbean" and "Caribbean" are one place.
    static func normalized(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
    }

    /// One-word place names, for the lexicon (lower case).
    ///
    /// A space is looked for among the UTF-8 bytes: `contains(" ")` went through Foundation's
    /// substring search, 4,700 instructions a name (a test checks both find the same names).
    static let singleWordPlaces: String = entries.keys.filter { !$0.utf8.contains(0x20) }.sorted().joined(separator: " ")

    /// place → containing place ("" when none is recorded).
    ///
    /// The table is read on its UTF-8 bytes: splitting and trimming it by `Character` cost 3.5M
    /// instructions a compile. Its separators (line breaks, ":", "," and spaces) are ASCII with
    /// no combining mark after them, so the pieces are the ones the `Character` reading gave (a
    /// test compares the two).
    static let entries: [String: String] = {
        var entries: [String: String] = [:]
        var text = table
        text.withUTF8 { bytes in
            for line in pieces(bytes, 0..<bytes.count, separatedBy: 0x0A) {
                // "places : container": as split(separator: ":", maxSplits: 1), empty pieces left out.
                var start = line.lowerBound
                while start < line.upperBound, bytes[start] == 0x3A { start += 1 }
                guard let colon = bytes[start..<line.upperBound].firstIndex(of: 0x3A), colon + 1 < line.upperBound else { continue }
                let parent = trimmed(bytes, colon + 1..<line.upperBound)
                for place in pieces(bytes, start..<colon, separatedBy: 0x2C) {
                    entries[normalized(trimmed(bytes, place))] = parent
                }
            }
        }
        for continent in ["Americas", "Europe", "Asia", "Africa", "Oceania", "Middle East", "Caribbean", "Latin America"]
        where entries[normalized(continent)] == nil {
            entries[normalized(continent)] = ""
        }
        return entries
    }()

    /// "places : container" lines.
    static let table = """
    Venezuela, Colombia, Ecuador, Peru, Bolivia, Chile, Argentina, Uruguay, Paraguay, Brazil, Guyana, Suriname : South America
    Mexico, Guatemala, Honduras, El Salvador, Nicaragua, Costa Rica, Panama, Belize : Central America
    Cuba, Haiti, Dominican Republic, Jamaica, Puerto Rico, Trinidad and Tobago, Bahamas, Barbados, Aruba, Curaçao : Caribbean
    South America, Central America, North America : Americas
    United States, Canada : North America
    Spain, Portugal, France, Germany, Italy, United Kingdom, Ireland, Netherlands, Belgium, Switzerland, Austria, Sweden, Norway, Denmark, Finland, Poland, Greece, Hungary, Romania, Ukraine, Russia, Vatican : Europe
    China, Japan, India, Pakistan, Afghanistan, Indonesia, Vietnam, Philippines, North Korea, South Korea, Taiwan : Asia
    Israel, Iran, Iraq, Syria, Lebanon, Jordan, Saudi Arabia, Qatar, Turkey, Yemen, United Arab Emirates, Gaza : Middle East
    Egypt, Libya, Nigeria, Kenya, South Africa, Ethiopia, Morocco, Algeria : Africa
    Caracas, Maracaibo, Barquisimeto, Maracay, Puerto La Cruz, Ciudad Bolívar, San Cristóbal, Cumaná, Maturín, Isla Margarita, La Guaira, Petare, Miraflores, Fuerte Tiuna, Táchira, Zulia, Anzoátegui : Venezuela
    Miraflores Palace, Palace of Miraflores : Caracas
    Bogotá, Bogota, Medellín, Medellin, Cali, Cartagena, Barranquilla, Cúcuta, Cucuta : Colombia
    Lima : Peru
    Quito, Guayaquil : Ecuador
    Santiago : Chile
    Buenos Aires : Argentina
    Montevideo : Uruguay
    La Paz : Bolivia
    Brasília, Brasilia, São Paulo, Sao Paulo, Rio de Janeiro : Brazil
    Mexico City, Guadalajara, Monterrey, Tijuana : Mexico
    Havana : Cuba
    Panama City : Panama
    San Juan : Puerto Rico
    Madrid, Barcelona, Seville : Spain
    Paris, Versailles : France
    London : United Kingdom
    Berlin : Germany
    Rome : Italy
    Lisbon : Portugal
    Moscow : Russia
    Kyiv, Kiev : Ukraine
    Beijing, Shanghai : China
    Tokyo : Japan
    The Hague : Netherlands
    Geneva : Switzerland
    Florida, Texas, California, New York State, Washington State, Virginia, Maryland, Georgia, Arizona, Illinois : United States
    Washington, D.C., Washington D.C., Capitol Hill, White House, Pentagon, Congress, Senate, Capitol : Washington
    Washington : United States
    Miami, Doral, Mar-a-Lago, Palm Beach, West Palm Beach, Orlando, Tampa, Key West : Florida
    Little Havana, Versailles restaurant : Miami
    New York, New York City, Manhattan, Brooklyn, Queens : New York State
    Houston, Dallas, Austin : Texas
    Los Angeles, San Francisco : California
    Chicago : Illinois
    Atlanta : Georgia
    """
}

private extension PlaceGazetteer {
    /// The non-empty runs of `range` between `separator` bytes.
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separatedBy separator: UInt8) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            if index > start { pieces.append(start..<index) }
            start = index + 1
        }
        if range.upperBound > start { pieces.append(start..<range.upperBound) }
        return pieces
    }

    /// The text of `range` without the spaces around it.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
