import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce check`: is everything readable? Exit 1 when a problem is found, so that
/// it can guard a script or a commit.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the texts; exit 1 if any problem is found.")

    @OptionGroup var texts: TextsOption

    func run() throws {
        let library = try texts.library()
        let problems = library.strayFiles + library.texts.flatMap(\.problems)
        for problem in problems { Output.line("problem: \(problem)") }
        let versions = library.texts.flatMap(\.versions)
        let articles = versions.compactMap(\.file).map(\.split.articles.count).reduce(0, +)
        Output.line("\(library.texts.count) texts, \(versions.count) language versions, \(articles) articles; \(problems.count) problem\(problems.count == 1 ? "" : "s").")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}
