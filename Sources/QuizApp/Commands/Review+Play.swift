import QuizEngine

extension Review {
    /// Until the game's session loop is available here, a review shows the queue.
    func play(_ queue: ReviewQueue, today: CalendarDate, console: Console, store: ProgressStore) throws {
        console.write(ReviewListRenderer(style: console.outStyle, width: console.width).render(queue, today: today))
    }

    /// The name the game records under when no `--player` is given.
    static var loginName: String {
        for key in ["USER", "LOGNAME"] {
            if let name = Environment.current[key], !name.isEmpty { return name }
        }
        return "player"
    }
}
