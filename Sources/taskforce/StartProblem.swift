import ArgumentParser
import Foundation
import TaskForceCore
import TaskForceUI

/// What stops a command before it has anything to show: the texts folder or the text asked
/// for is not there. The screen and `digest --lang` say it in their interface language (a
/// participant may read no English: issue 15, item 5); other commands say it in English.
enum StartProblem: Error, Equatable {
    case textsFolderMissing(folder: String)
    case textsFolderIsAFile(folder: String)
    case noSuchText(String, folder: String)

    /// The exit codes of README: Commands, as when these were plain `InputError`s.
    var exitCode: Int32 {
        switch self {
        case .textsFolderMissing, .textsFolderIsAFile: 74
        case .noSuchText: 65
        }
    }

    /// One sentence naming the folder; `Output.error` neutralises what it holds.
    func sentence(_ language: UILanguage) -> String {
        switch self {
        case .textsFolderMissing(let folder): text(.textsFolderMissing, language, ["folder": folder])
        case .textsFolderIsAFile(let folder): text(.textsFolderIsAFile, language, ["folder": folder])
        case .noSuchText(let id, let folder): text(.noSuchText, language, ["folder": folder, "text": id])
        }
    }

    /// Runs `body`; a start problem is said in `language` and ends the process with its code.
    static func said<T>(in language: UILanguage, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let problem as StartProblem {
            Output.error(problem.sentence(language))
            throw ExitCode(problem.exitCode)
        }
    }
}
