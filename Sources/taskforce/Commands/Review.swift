import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce` with no arguments. Until the review screen exists, it lists the texts
/// and says how to read them, so that a first run is never a blank or an error.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review a text (the default). For now: list the texts and how to read them.")

    @OptionGroup var texts: TextsOption

    func run() throws {
        let library = try texts.library()
        Output.line(LibraryListing.render(library))
        guard let text = library.texts.first,
              let first = TextLibrary.defaultLanguages.lazy.compactMap(text.version).first ?? text.versions.first
        else { return }
        Output.line("""

            The review screen is not built yet. To read a text article by article:
              taskforce parse \(first.url.relativePath)
            To check every text: taskforce check
            """)
    }
}
