import ArgumentParser
import Foundation
import TaskForceCore

/// The `taskforce` command line (README: Commands). Running it with no subcommand reviews.
@main
struct TaskForce: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taskforce",
        abstract: "Read a bill article by article and annotate it anonymously, in a group.",
        discussion: """
            Exit codes: 0 ok, 1 problems found (check; merge or bundle with conflicts or invalid files), 2 bad usage, 65 bad input data, \
            69 a program the input needs is missing (poppler-utils for PDF import, LibreOffice for a PDF digest), 74 input/output error.
            """,
        subcommands: [Review.self, TextsCommand.self, Parse.self, Import.self, Annotate.self, MergeCommand.self, BundleCommand.self, Check.self, DigestCommand.self, Render.self, CloseSession.self],
        defaultSubcommand: Review.self
    )

    /// Runs the command, mapping errors to README: Commands's exit codes: ArgumentParser's usage
    /// errors (its 64) become 2, and our `InputError`s print one sentence and exit 65/69/74.
    static func main() {
        Privacy.startUp()
        do {
            // Plain `parse FILE` first: its command, `parse`, is a known one, so the check
            // below would let it through, and building `configuration` just to list the
            // commands made the runtime look up the types of its array of commands by name
            // (0.07 ms and 16 page faults of a one-article parse's 3.1 ms).
            if let parse = Parse.plainArguments(CommandLine.arguments) {
                try Parse.perform(file: parse.file, json: parse.json)
            } else {
                rejectUnknownCommand()
                var command = try parseAsRoot()
                try command.run()
            }
        } catch let error as InputError {
            Output.error(error.description)
            Foundation.exit(error.exitCode)
        } catch let problem as StartProblem {
            // Commands without an interface language say it in English.
            Output.error(problem.sentence(.en))
            Foundation.exit(problem.exitCode)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Output.line(message)
                Foundation.exit(0)
            }
            Output.error(message)
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// `taskforce frobnicate` would otherwise be read as review's stray argument and
    /// answered with review's usage.
    private static func rejectUnknownCommand() {
        var names: [String] = []
        for command in configuration.subcommands { names.append(command._commandName) }
        if CommandLine.arguments.count > 1 {
            let first = CommandLine.arguments[1]
            if !first.hasPrefix("-"), first != "help", !names.contains(first) {
                Output.error("unknown command '\(first)'; the commands are: \(names.joined(separator: ", ")) (see taskforce --help)")
                Foundation.exit(2)
            }
        }
    }
}

/// Options shared by the commands that read `Texts/`.
struct TextsOption: ParsableArguments {
    @Option(name: .customLong("texts"), help: "Folder of texts to review.")
    var directory: String = "Texts"

    var url: URL { URL(fileURLWithPath: directory) }

    func library() throws -> TextLibrary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw StartProblem.textsFolderMissing(folder: directory)
        }
        guard isDirectory.boolValue else {
            throw StartProblem.textsFolderIsAFile(folder: directory)
        }
        return try TextLibrary.load(url)
    }
}
