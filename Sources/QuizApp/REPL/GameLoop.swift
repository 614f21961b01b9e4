import Foundation
import QuizEngine

/// Runs a session: asks each question, reads lines until one is an answer or a command, records
/// and shows what happened, and ends with the summary after the last question, on `:quit`, or
/// at the end of input (Ctrl-D).
struct GameLoop {
    var session: QuizSession
    let reader: any LineReader
    let console: Console
    let recording: SessionRecording
    /// The command line that plays the same questions again.
    let replay: String
    /// Re-read before each question so a resized terminal re-flows.
    let width: () -> Int
    let clock: () -> Date

    mutating func run() {
        recording.started(session.record)
        var renderer = self.renderer()
        console.write(renderer.intro(
            packTitle: session.record.packTitle, questionCount: session.questions.count, mode: session.mode,
            seed: session.record.seed, player: session.record.player
        ))
        var asked = -1
        loop: while let question = session.current {
            if asked != session.position {
                asked = session.position
                renderer = self.renderer()
                console.write(renderer.question(
                    question, number: session.position + 1, of: session.questions.count,
                    showConfidenceTip: session.position == 0 && session.mode != .exam
                ))
                reader.offerCompletions(Self.completions(for: question.question))
            }
            switch reader.readLine(prompt: renderer.prompt(number: session.position + 1, of: session.questions.count)) {
            case .endOfInput:
                break loop
            case let .interrupted(lineWasEmpty):
                if lineWasEmpty { console.write(renderer.interruptTip()) }
            case let .line(text):
                if handle(text, question: question, renderer: renderer) == .quit { break loop }
            }
        }
        session.finish(at: clock())
        recording.finished(session.record, answers: session.answers.map(\.record))
        console.write(self.renderer().summary(session.summary(at: clock()), replay: replay))
        reader.close()
    }

    private enum Next { case stay, quit }

    private mutating func handle(_ text: String, question: SessionQuestion, renderer: GameRenderer) -> Next {
        let exam = session.mode == .exam
        switch PlayerInput.parse(text) {
        case .empty:
            break
        case let .command(command):
            switch command {
            case .help:
                console.write(renderer.help(mode: session.mode) + reminder(question, renderer))
            case .hint:
                console.write(renderer.hint(session.takeHint(), question: question))
            case .source:
                console.write(renderer.source(of: question) + reminder(question, renderer))
            case .skip:
                let skipped = session.skip(at: clock())
                close(skipped, renderer: renderer)
            case .score:
                console.write(exam ? renderer.unavailableInExam(.score) : renderer.score(session))
            case .review:
                console.write(exam ? renderer.unavailableInExam(.review) : renderer.review(session) + reminder(question, renderer))
            case .quit:
                return .quit
            }
        case let .ambiguousCommand(name, candidates):
            console.write(renderer.ambiguousCommand(name, candidates: candidates))
        case let .unknownCommand(name):
            console.write(renderer.unknownCommand(name))
        case let .answer(answerText):
            switch AnswerParser.parse(answerText, for: question.question) {
            case let .failure(problem):
                console.write(renderer.problem(problem.hint))
            case let .success(answer):
                let answered = session.answer(answer, at: clock())
                close(answered, renderer: renderer)
            }
        }
        return .stay
    }

    private func reminder(_ question: SessionQuestion, _ renderer: GameRenderer) -> String {
        renderer.reminder(question, number: session.position + 1, of: session.questions.count)
    }

    /// Records the answer before showing anything, so what the player has seen is always saved.
    private func close(_ answered: AnsweredQuestion, renderer: GameRenderer) {
        recording.recorded(answered.record)
        console.write(renderer.feedback(answered, score: session.score, mode: session.mode))
    }

    private func renderer() -> GameRenderer {
        GameRenderer(style: console.outStyle, width: width())
    }

    /// What tab completion offers: the answer words of this kind of question and every command
    /// first; then how-sure words (and more letters, for spot-the-inconsistency).
    static func completions(for question: Question) -> Completions {
        let letters = question.choices.map { $0.id.lowercased() }
        let answers: [String] = switch question.kind {
        case .trueFalse: ["true", "false"]
        case .factCheck: ["supported", "contradicted", "not-stated"]
        case .multipleChoice, .spotTheInconsistency: letters
        }
        let later = (question.kind == .spotTheInconsistency ? letters : []) + ["sure", "unsure"]
        return Completions(firstWord: answers + SessionCommand.allCases.map(\.typed), laterWords: later)
    }
}
