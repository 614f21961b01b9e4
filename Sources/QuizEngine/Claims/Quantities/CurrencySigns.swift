/// Currency signs and the letters written before "$" to say which dollar.
enum CurrencySigns {
    /// ISO code and factor for a sign: "$" USD, "€" EUR, "¢" a hundredth of a USD.
    static func code(forSign scalar: UInt32) -> (code: String, factor: Double)? {
        switch scalar {
        case 0x24: ("USD", 1)
        case 0x20AC: ("EUR", 1)
        case 0xA3, 0x20A4: ("GBP", 1)
        case 0xA5, 0x5186: ("JPY", 1)
        case 0xA2: ("USD", 0.01)
        case 0x5143: ("CNY", 1)
        case 0x20B9: ("INR", 1)
        case 0x20BD: ("RUB", 1)
        case 0x20A9: ("KRW", 1)
        case 0x20AA: ("ILS", 1)
        case 0x20BA: ("TRY", 1)
        case 0x20AB: ("VND", 1)
        case 0x20B1: ("PHP", 1)
        case 0x20A6: ("NGN", 1)
        case 0x20B4: ("UAH", 1)
        case 0x20BF: ("BTC", 1)
        case 0x20A1: ("CRC", 1)
        case 0x20BE: ("GEL", 1)
        case 0x20AD: ("LAK", 1)
        case 0x20A3: ("FRF", 1)
        case 0x20B5: ("GHS", 1)
        case 0x20B2: ("PYG", 1)
        case 0x20B8: ("KZT", 1)
        case 0x0E3F: ("THB", 1)
        default: nil
        }
    }

    /// Letters before "$" naming a dollar or peso: "US$", "C$", "HK$", "A$", "Mex$", "NZD$".
    /// Single letters only count written against the sign ("A$5", but "a $5 bill" is USD).
    static let dollarPrefixes = FoldedWordTable<(code: String, attachedOnly: Bool)>([
        ("us", ("USD", false)), ("usd", ("USD", false)), ("c", ("CAD", false)), ("ca", ("CAD", false)),
        ("can", ("CAD", true)), ("cad", ("CAD", false)), ("a", ("AUD", true)), ("au", ("AUD", false)),
        ("aud", ("AUD", false)), ("nz", ("NZD", false)), ("nzd", ("NZD", false)), ("hk", ("HKD", false)),
        ("hkd", ("HKD", false)), ("s", ("SGD", true)), ("sg", ("SGD", false)), ("sgd", ("SGD", false)),
        ("mex", ("MXN", false)), ("mx", ("MXN", false)), ("mxn", ("MXN", false)), ("r", ("BRL", true)),
        ("nt", ("TWD", false)), ("twd", ("TWD", false)),
    ])
}
