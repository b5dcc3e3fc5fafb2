// review-bench: a benchmark tool, not part of taskforce and never installed; run it through
// scripts/bench-review (see BENCHMARKS.md). It measures one keystroke of the review screen on
// a large bill: update, view and paint (real curses on a pseudo-terminal), the bytes each
// kind of frame sends, the frames a paste costs, and one arrival on a screen that knows
// 10,000 annotations.
//
//   review-bench BILL [ITERATIONS]     (BILL: a French text, e.g. from make-big-bill.py)
import CursesTerminal
import Foundation
import TaskForceCore
import TaskForceUI

let arguments = CommandLine.arguments
guard arguments.count >= 2, arguments.count <= 3 else {
    FileHandle.standardError.write(Data("usage: review-bench BILL [ITERATIONS]\n".utf8))
    exit(2)
}
let iterations = arguments.count == 3 ? Int(arguments[2]) ?? 2000 : 2000
let columns = 200
let rows = 60

setlocale(LC_ALL, "C.UTF-8")  // curses writes wide characters only in a UTF-8 locale
let split = try TextFile.load(URL(fileURLWithPath: arguments[1]), language: "fr").split
var reader = ReviewModel(texts: [.init(id: TextID("big")!, versions: [(language: "fr", split: split)])], uiLanguage: .fr)
// An article in the middle: the list has to scroll to show it.
reader.articleIndex = split.articles.count / 2
var composer = reader
for key: Key in [.character("a"), .tab, .tab] { ReviewUpdate.update(&composer, .key(key)) }
guard composer.composer?.field == .comment else { fatalError("the composer did not open on its comment field") }

/// Typing alternates a character and Backspace, moving alternates Down and Up: the model
/// stays the same size however many iterations run.
func typing(_ i: Int) -> Key { i % 2 == 0 ? .character("x") : .backspace }
func moving(_ i: Int) -> Key { i % 2 == 0 ? .down : .up }

let terminal = BenchTerminal(columns: columns, rows: rows)
let screen = try CursesScreen(terminalType: "xterm-256color", inputDescriptor: terminal.slave, outputDescriptor: terminal.slave)
guard screen.size == ScreenSize(columns: columns, rows: rows) else { fatalError("curses sees \(screen.size)") }

// --- Time per keystroke ---
let baseline = medianNanoseconds(iterations) { _ in lastGrid = CellGrid(columns: columns, rows: rows) }
var times: [(String, Double)] = []
for (name, start, key) in [("type a character in the composer", composer, typing),
                           ("move one article in the list", reader, moving)] as [(String, ReviewModel, (Int) -> Key)] {
    var model = start
    let update = medianNanoseconds(iterations) { i in ReviewUpdate.update(&model, .key(key(i))) }
    model = start
    let view = medianNanoseconds(iterations) { i in
        ReviewUpdate.update(&model, .key(key(i)))
        lastGrid = ReviewView.view(model, columns: columns, rows: rows)
    }
    model = start
    screen.paint(ReviewView.view(model, columns: columns, rows: rows))
    let paint = medianNanoseconds(iterations) { i in
        ReviewUpdate.update(&model, .key(key(i)))
        screen.paint(ReviewView.view(model, columns: columns, rows: rows))
    }
    terminal.discard()
    times += [("\(name): update", update), ("\(name): update + view", view),
              ("\(name): update + view + paint", paint)]
}

// --- Bytes per frame ---
@MainActor func frameBytes(_ model: ReviewModel, before: () -> Void = {}) -> Int {
    terminal.bytes {
        before()
        screen.paint(ReviewView.view(model, columns: columns, rows: rows))
    }
}
var model = reader
_ = frameBytes(model, before: { screen.invalidate() })
let fullRepaint = frameBytes(model, before: { screen.invalidate() })
ReviewUpdate.update(&model, .key(.down))
let articleMove = frameBytes(model)
ReviewUpdate.update(&model, .key(.pageDown))
let pageDown = frameBytes(model)
model = composer
_ = frameBytes(model)
ReviewUpdate.update(&model, .key(.character("é")))
let typedCharacter = frameBytes(model)

// --- Frames for a paste of 100 characters ---
model = composer
screen.paint(ReviewView.view(model, columns: columns, rows: rows))
let paste = String(repeating: "Déjà collé. ", count: 8) + "Fin!"
_ = Array(paste.utf8).withUnsafeBufferPointer { write(terminal.master, $0.baseAddress, $0.count) }
var applied = 0
var frames: [Int] = []
FrameLoop().run(
    events: screen,
    shouldStop: { frames.last == paste.count || frames.count >= 20 },
    draw: {
        frames.append(applied)
        screen.paint(ReviewView.view(model, columns: columns, rows: rows))
    },
    apply: { key in
        ReviewUpdate.update(&model, .key(key))
        applied += 1
        return .keepGoing
    })
guard model.composer?.comment.text == paste else { fatalError("the paste did not arrive whole") }
screen.close()

// --- One arrival on a screen that knows 10,000 annotations ---
let arrivals = arrivalTimes(split: split, known: 10_000, iterations: min(iterations, 500))

// --- Report ---
func microseconds(_ ns: Double) -> String { String(format: "%8.1f µs", ns / 1000) }
print("bill: \(split.articles.count) articles; screen \(columns)x\(rows); \(iterations) iterations per figure (median)")
print("baseline, a blank \(columns)x\(rows) CellGrid: \(microseconds(baseline))")
for (name, ns) in times {
    print("\(name.padding(toLength: 58, withPad: " ", startingAt: 0)) \(microseconds(ns))  \(String(format: "%6.1f", ns / baseline))x baseline")
}
print("bytes, typed character in the composer: \(typedCharacter)")
print("bytes, one-article move: \(articleMove)")
print("bytes, PgDn (text scrolls 10 lines): \(pageDown)")
print("bytes, full repaint: \(fullRepaint)")
print("one arrival at 10,000 annotations, update: \(microseconds(arrivals.update))  "
      + String(format: "(folding the whole folder again: %.1f µs, %.0fx)", arrivals.wholeFolder / 1000,
               arrivals.wholeFolder / arrivals.update))
print("frames after a 100-character paste: \(frames.count - 1) (keys applied at each frame: \(frames))")
