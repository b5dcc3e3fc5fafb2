import Foundation

/// A whole XML document in memory, for the importers whose formats are easier to read
/// as a tree than as a stream (Formex, BWB, the German federal XML): an article there is
/// one element whose parts (number, heading, paragraphs) are its children.
///
/// Built from `XMLEvents`, so it inherits its safety: no external entities, entity
/// declarations refused, the first syntax error reported with its line. Names are
/// local names (namespace prefixes removed). The largest law seen (the German Civil
/// Code, 2 MB) makes a tree of a few tens of MB at most, well within reach.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    let line: Int
    /// Elements and text runs in document order.
    fileprivate(set) var children: [Child] = []

    enum Child {
        case element(XMLNode)
        case text(String)
    }

    init(name: String, attributes: [String: String], line: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
    }

    /// Laws nest a few levels deep (part, chapter, article, paragraph, point, table);
    /// a file nested deeper is hostile, and the importers' walks are recursive.
    static let maximumDepth = 256

    static func parse(_ data: Data, file: String) throws(InputError) -> XMLNode {
        let builder = Builder()
        try XMLEvents.parse(data, file: file, into: builder)
        if let line = builder.tooDeepAt {
            throw InputError(.badData, file: file, line: line,
                             "elements are nested more than \(maximumDepth) deep, which no law is; the file is refused")
        }
        guard let root = builder.root else {
            throw InputError(.badData, file: file, "the file contains no XML element")
        }
        return root
    }

    var elements: [XMLNode] {
        children.compactMap { if case let .element(e) = $0 { return e } else { return nil } }
    }

    func first(_ name: String) -> XMLNode? { elements.first { $0.name == name } }

    /// Every descendant element with this name, in document order (not inside one another).
    func all(_ name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        func walk(_ node: XMLNode) {
            for child in node.elements {
                if child.name == name { found.append(child) } else { walk(child) }
            }
        }
        walk(self)
        return found
    }

    /// All the text inside, on one line.
    var text: String { ImportedText.oneLine(rawText) }

    private var rawText: String {
        var out = ""
        func walk(_ node: XMLNode) {
            for child in node.children {
                switch child {
                case let .text(t): out += t
                case let .element(e): out += " "; walk(e); out += " "
                }
            }
        }
        walk(self)
        return out
    }

    private final class Builder: XMLEventHandler {
        var root: XMLNode?
        var stack: [XMLNode] = []
        var tooDeepAt: Int?

        func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
            if stack.count >= XMLNode.maximumDepth {
                tooDeepAt = line
                return false
            }
            let node = XMLNode(name: name, attributes: attributes, line: line)
            if let parent = stack.last { parent.children.append(.element(node)) } else { root = node }
            stack.append(node)
            return true
        }

        func end(_ name: String) { stack.removeLast() }

        func text(_ text: String) {
            guard let node = stack.last else { return }
            if case let .text(previous)? = node.children.last {
                node.children[node.children.count - 1] = .text(previous + text)
            } else {
                node.children.append(.text(text))
            }
        }
    }
}

/// Turns an element's content into lines, one per block: the importers' bodies are "one
/// paragraph or point per entry" (see `ImportedText`). An element whose name is in
/// `blocks` starts a new line; everything else continues the current one. `replace`
/// lets a format put text in place of an element (Formex's empty `QUOT.START` is a
/// quotation mark) or drop it (return an empty string).
struct XMLLines: Sendable {
    var blocks: Set<String>
    var replace: @Sendable (XMLNode) -> String? = { _ in nil }

    func lines(of node: XMLNode) -> [String] {
        var lines: [String] = []
        var current = ""
        func flush() {
            let line = ImportedText.oneLine(current)
            if !line.isEmpty { lines.append(line) }
            current = ""
        }
        func walk(_ node: XMLNode) {
            for child in node.children {
                switch child {
                case let .text(t):
                    current += t
                case let .element(e):
                    if let replacement = replace(e) {
                        current += replacement
                    } else if blocks.contains(e.name) {
                        // A point's number (`1.`, `(a)`) stays on the line of its text.
                        if isNumberOnly(current) { current += " " } else { flush() }
                        walk(e)
                        if !isNumberOnly(current) { flush() }
                    } else {
                        walk(e)
                    }
                }
            }
        }
        walk(node)
        flush()
        return lines
    }

    private func isNumberOnly(_ text: String) -> Bool {
        let trimmed = ImportedText.oneLine(text)
        return !trimmed.isEmpty && trimmed.count <= 6 && !trimmed.contains(" ")
    }
}
