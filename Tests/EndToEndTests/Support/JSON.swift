import Foundation

/// Decodes a command's stdout as a JSON object, as a script consuming `--json` would.
func jsonObject(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    guard let object = value as? [String: Any] else {
        throw NotAnObject(text: String(text.prefix(200)))
    }
    return object
}

struct NotAnObject: Error, CustomStringConvertible {
    var text: String
    var description: String { "expected a JSON object, got: \(text)" }
}

/// Every string anywhere inside a decoded JSON value.
func allStrings(in value: Any) -> [String] {
    switch value {
    case let s as String: [s]
    case let array as [Any]: array.flatMap(allStrings)
    case let object as [String: Any]: object.values.flatMap(allStrings)
    default: []
    }
}
