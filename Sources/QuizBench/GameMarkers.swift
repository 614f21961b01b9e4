/// What the benchmark waits for in the game's output: the first question's counter, and any
/// output after an answer (the feedback, whose first byte ends the latency measurement).
enum GameMarkers {
    static let question = "1 of"
    static let afterAnswer = "\n"
}
