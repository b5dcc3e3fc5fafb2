import Crypto
import Foundation

/// The digest as a PDF (issue 14, item 10): the ODT digest converted by LibreOffice
/// headless (`soffice --convert-to pdf`), in a private folder with a throw-away profile, so
/// nothing of the user's LibreOffice is read or changed and no file name given by the user
/// reaches it. Not through the browser print of `scripts/digest-screenshot`: Chromium is a
/// large optional install, LibreOffice already checks the ODT and DOCX digests, and the
/// PDF then has the ODT's headings (as bookmarks), tables and page numbers.
///
/// LibreOffice stamps each PDF with the moment it was made (`/CreationDate`, and an `/ID`
/// and `/DocChecksum` derived from it). Those are overwritten in place, with the same
/// number of bytes so that the PDF's offsets stay right: the date with 1980-01-01 00:00 (as
/// the zip entries), the two others with the ODT's SHA-256: the PDF says nothing of when it
/// was exported. Its bytes may still differ between two exports (LibreOffice writes the
/// embedded font objects in an order that varies under load); its text and pages do not.
public enum DigestPDF {
    static let installHint = "run scripts/setup, or apt-get install libreoffice-writer-nogui (or choose --format odt or docx)"
    /// A digest of 100,000 comments converts in well under this; a hung LibreOffice is stopped.
    static let timeout: TimeInterval = 600

    /// - Parameter file: the name the PDF will be written to, for messages.
    public static func render(_ digest: Digest, file: String) throws(InputError) -> [UInt8] {
        guard let soffice = ExternalTool.find("soffice") ?? ExternalTool.find("libreoffice") else {
            throw InputError(.unavailable, file: file,
                "a PDF digest is made by LibreOffice, which is not installed: \(installHint); nothing was written")
        }
        let odt = DigestODT.render(digest)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taskforce-digest-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("digest.odt")
        let output = folder.appendingPathComponent("digest.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(odt).write(to: input)
        } catch {
            throw InputError(.io, file: file, "could not write a temporary copy for LibreOffice (\(error.localizedDescription)); nothing was written")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let converted: ExternalTool.Run
        do {
            converted = try soffice.run([
                "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                "--convert-to", "pdf", "--outdir", folder.path, input.path,
            ], in: folder, timeout: timeout)
        } catch {
            throw InputError(.unavailable, file: file, "could not run LibreOffice (\(error.localizedDescription)); nothing was written")
        }
        guard !converted.timedOut else {
            throw InputError(.unavailable, file: file, "LibreOffice did not finish the PDF within \(Int(timeout)) seconds; nothing was written")
        }
        guard converted.status == 0, let pdf = FileManager.default.contents(atPath: output.path), pdf.starts(with: Array("%PDF".utf8)) else {
            throw InputError(.unavailable, file: file,
                "LibreOffice could not make the PDF (exit \(converted.status)); nothing was written (--format odt gives the same document)")
        }
        return settled([UInt8](pdf), fingerprint: Array(SHA256.hash(data: odt)))
    }

    /// The PDF with its time stamps replaced, byte for byte (see above).
    static func settled(_ pdf: [UInt8], fingerprint: [UInt8]) -> [UInt8] {
        let hex = Array(fingerprint.prefix(16).map { String(format: "%02X", $0) }.joined().utf8)
        var bytes = pdf
        overwrite(&bytes, after: "/CreationDate(D:", Array("19800101000000".utf8), isDigit)
        overwrite(&bytes, after: "/ModDate(D:", Array("19800101000000".utf8), isDigit)
        overwrite(&bytes, after: "/DocChecksum /", hex, isHex)
        // `/ID [ <first>` then whitespace and `<second> ]`: both halves.
        overwrite(&bytes, after: "/ID [ <", hex, isHex) { bytes, end in
            var i = end
            while i < bytes.count, bytes[i] == UInt8(ascii: ">") || bytes[i] == UInt8(ascii: " ")
                || bytes[i] == UInt8(ascii: "\n") || bytes[i] == UInt8(ascii: "\r") { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return }
            replace(&bytes, at: i + 1, hex, isHex)
        }
        return bytes
    }

    static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    static func isHex(_ b: UInt8) -> Bool { isDigit(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b) }

    /// At each occurrence of `marker`, the bytes after it become `value` when they are as
    /// many bytes of the expected kind (else they are left alone); `then` sees where it ended.
    static func overwrite(_ bytes: inout [UInt8], after marker: String, _ value: [UInt8], _ kind: (UInt8) -> Bool,
                          then: ((inout [UInt8], Int) -> Void)? = nil) {
        let pattern = Array(marker.utf8)
        var i = 0
        while i + pattern.count + value.count <= bytes.count {
            if bytes[i] == pattern[0], Array(bytes[i..<i + pattern.count]) == pattern {
                let start = i + pattern.count
                if replace(&bytes, at: start, value, kind) { then?(&bytes, start + value.count) }
                i = start
            } else {
                i += 1
            }
        }
    }

    @discardableResult
    static func replace(_ bytes: inout [UInt8], at start: Int, _ value: [UInt8], _ kind: (UInt8) -> Bool) -> Bool {
        guard start + value.count <= bytes.count, bytes[start..<start + value.count].allSatisfy(kind) else { return false }
        bytes.replaceSubrange(start..<start + value.count, with: value)
        return true
    }
}
