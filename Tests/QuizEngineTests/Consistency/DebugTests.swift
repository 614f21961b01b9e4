@testable import QuizEngine
import Testing

@Test func debugQ() {
    let (f, findings) = InconsistencyQuestionGeneratorTests.fixture()
    for q in InconsistencyQuestionGenerator(articles: f.articles, claims: f.claims).questions(from: findings, seed: 7) {
        print("Q", q.prompt); for c in q.choices { print("Q", c.id, c.text) }; print("Q", q.answer.sortedChoices, q.explanation)
    }
}
