/// Runs of characters that may be one written number: digits,
/// separated by single spaces, dots, dashes, slashes or brackets, as people write phone
/// numbers (`0470 12 34 56`, `+32 (0)470/12.34.56`) and national numbers
/// (`85.07.30-033.28`). Returns character offsets, maximal runs.
enum DigitRun {
    static func candidates(_ chars: [Character]) -> [(Int, Int)] {
        var runs: [(Int, Int)] = []
        var i = 0
        while i < chars.count {
            guard startsRun(chars, i) else { i += 1; continue }
            var j = i
            var last = i  // end of the last digit/letter taken
            while j < chars.count {
                let c = chars[j]
                if isPart(c) || c == "+" && j == i {
                    j += 1
                    last = j
                } else if isSeparator(c), j + 1 < chars.count, isPart(chars[j + 1]) || chars[j + 1] == "(" {
                    j += 1
                } else if c == "(", j + 1 < chars.count, chars[j + 1].isNumber {
                    j += 1
                } else if c == ")", j > i {
                    j += 1
                } else {
                    break
                }
            }
            runs.append((i, last))
            i = max(j, i + 1)
        }
        return runs
    }

    private static func startsRun(_ chars: [Character], _ i: Int) -> Bool {
        let c = chars[i]
        // Not inside a word: "art5" or "x2" are no numbers to protect.
        if i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber { return false }
        if c == "+" { return i + 1 < chars.count && chars[i + 1].isNumber }
        return c.isNumber
    }

    private static func isPart(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }

    private static func isSeparator(_ c: Character) -> Bool {
        c == " " || c == "." || c == "-" || c == "/" || c == "\u{00A0}" || c == ")"
    }
}
