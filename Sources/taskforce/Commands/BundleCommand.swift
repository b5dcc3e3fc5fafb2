import ArgumentParser
import Foundation
import TaskForceCore

/// `taskforce bundle --out FILE`: every valid annotation of the folder in one file for a
/// USB stick. It says the stick can be removed only once the file has been synced and
/// read back from the disk and verified.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Write every annotation into one bundle file, to carry to another place.",
        discussion: """
            The bundle is a tar archive: a MANIFEST with the SHA-256 of every annotation \
            file and session record, then the files, unchanged. Merge it elsewhere with `taskforce merge FILE`. \
            An existing FILE is never overwritten. The folder is only read; copies kept \
            aside in conflicts/ are not included.

            Exit 0 when the bundle is written and verified, 1 when it is but invalid files \
            of the folder were left out (they are listed; `taskforce check` moves them to \
            quarantine/), 74 when it could not be written or verified.
            """)

    @Option(help: "The bundle file to create, e.g. /media/stick/brussels.tfbundle.") var out: String
    @OptionGroup var annotations: AnnotationsOption

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: annotations.directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(.io, file: annotations.directory, "the annotations folder does not exist (use --annotations DIR)")
        }
        let store = AnnotationStore(root: annotations.url)
        let loaded = AnnotationLoader.loadFiles(store, quarantine: false)
        let sessions = SessionRecords.loadFiles(store, quarantine: false)
        for defect in loaded.defects + sessions.defects {
            Output.line("left out: \(defect.line.map { "\(defect.file):\($0)" } ?? defect.file): \(defect.message)")
        }
        let count = try BundleFile.write(loaded.files, sessions: sessions.files, to: URL(fileURLWithPath: out))
        let records = sessions.files.count
        let andRecords = records == 0 ? "" : " and \(Output.count(records, "session record"))"
        Output.line("Bundle written and verified: \(Output.count(count, "annotation"))\(andRecords) in \(out). It is safe to remove the USB stick.")
        if !loaded.defects.isEmpty || !sessions.defects.isEmpty { throw ExitCode(1) }
    }
}
