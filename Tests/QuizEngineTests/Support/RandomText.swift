import QuizEngine

extension SplitMix64 {
    /// Text made of fewer than `limit` pieces, each picked at random from `pieces`: the generated
    /// input the fast-path tests compare a fast reading and its plain reference on. The number of
    /// pieces is drawn first and then each piece, so a seed always gives the same text.
    mutating func text(of pieces: [String], fewerThan limit: Int, separator: String = "") -> String {
        (0..<next(below: limit)).map { _ in pieces[next(below: pieces.count)] }.joined(separator: separator)
    }
}
