import QuizEngine

extension Review {
    /// Until the game's session runner is available here, a review shows the queue.
    func play(_ queue: ReviewQueue, today: CalendarDate, console: Console) throws {
        console.write(ReviewListRenderer(style: console.outStyle, width: console.width).render(queue, today: today))
    }
}
