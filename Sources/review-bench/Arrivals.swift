import TaskForceCore
import TaskForceUI

/// One annotation arriving from another terminal on a screen that knows `known` of them
/// already: the time `update` takes for it, against folding the whole folder again (what an
/// arrival cost before it folded only the articles it touches), measured in the same run.
func arrivalTimes(split: SplitText, known count: Int, iterations: Int) -> (update: Double, wholeFolder: Double) {
    let articles = split.articles
    let big = TextID("big")!, day = Day("2026-03-08")!
    func comment(_ i: Int) -> Annotation {
        let article = articles[i % articles.count]
        guard let number = article.annotationNumber else { fatalError("article \(article.number) cannot be annotated") }
        return .comment(text: big, article: number, fingerprint: article.fingerprint, stance: .concern,
                        tags: [.safety], body: "Comment number \(i) on this article.", language: "fr", day: day)
    }
    let existing = (0..<count).map(comment)
    let entry = ReviewModel.TextEntry(id: big, versions: [(language: "fr", split: split)])
    var model = ReviewModel(texts: [entry], uiLanguage: .fr, known: KnownAnnotations(existing))
    ReviewUpdate.update(&model, .annotationsArrived([]))
    let arriving = (0..<iterations).map { comment(count + $0) }
    let update = medianNanoseconds(iterations) { i in ReviewUpdate.update(&model, .annotationsArrived([arriving[i]])) }
    guard model.known.count == count + iterations else { fatalError("not every arrival was counted") }
    let catalogue: CurrentView.Catalogue = [big: Dictionary(grouping: articles, by: { $0.annotationNumber! }).mapValues { Set($0.map(\.fingerprint)) }]
    let all = existing + arriving
    let whole = medianNanoseconds(max(3, iterations / 50)) { _ in
        guard CurrentView(all, catalogue: catalogue, sessions: [:]).comments[big] != nil else { fatalError("nothing folded") }
    }
    return (update, whole)
}
