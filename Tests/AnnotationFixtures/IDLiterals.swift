import TaskForceCore

// Literals for the tests' brevity (`text: "demo"`, `day: "2026-05-12"`). They live here, in a
// target only tests link, so that product code cannot build an unchecked value from a
// literal; a wrong literal stops the test at once, naming it.

extension TextID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let id = TextID(value) else { fatalError("not a text id in a test: \(value)") }
        self = id
    }
}

extension ArticleNumber: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let number = ArticleNumber(value) else { fatalError("not an article number in a test: \(value)") }
        self = number
    }
}

extension Day: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        guard let day = Day(value) else { fatalError("not a day in a test: \(value)") }
        self = day
    }
}
