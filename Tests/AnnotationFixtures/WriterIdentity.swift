import Foundation

/// Everything about the person and machine writing an annotation that must never be found
/// in its file: user and host names, home folder, terminal, time zone.
public struct WriterIdentity: Sendable {
    public var strings: [String]

    /// What a time of day or a time zone offset looks like in text: `14:22`, `T14:22:05`,
    /// `+01:00`.
    public static let timePatterns = [#"[0-9]{1,2}:[0-9]{2}"#, #"T[0-9]{2}:[0-9]{2}:[0-9]{2}"#, #"[+-][0-9]{2}:[0-9]{2}"#]

    /// This process's identity.
    public static func current(extra: [String] = []) -> WriterIdentity {
        var found = extra
        if let pw = getpwuid(getuid()) {
            found.append(String(cString: pw.pointee.pw_name))
            found.append(String(cString: pw.pointee.pw_dir))
        }
        let environment = ProcessInfo.processInfo.environment
        for key in ["USER", "LOGNAME", "HOME", "HOSTNAME"] { if let v = environment[key] { found.append(v) } }
        var host = [CChar](repeating: 0, count: 256)
        if gethostname(&host, host.count) == 0 { found.append(String(cString: host)) }
        for fd in Int32(0)...2 { if let tty = ttyname(fd) { found.append(String(cString: tty)) } }
        found += ["/dev/pts/", "/dev/tty"]
        let zone = TimeZone.current
        found.append(zone.identifier)
        if let abbreviation = zone.abbreviation() { found.append(abbreviation) }
        found += ["UTC", "GMT", "CET", "CEST"]
        return WriterIdentity(strings: Set(found).filter { !$0.isEmpty && $0 != "/" }.sorted())
    }

    /// Whether `s` is in `text`. A short name (a host called `vm`) would turn up inside
    /// any word, so below 4 characters only a whole word counts.
    public func appears(_ s: String, in text: String) -> Bool {
        guard s.count < 4 else { return text.contains(s) }
        let word = "(?<![A-Za-z0-9])" + NSRegularExpression.escapedPattern(for: s) + "(?![A-Za-z0-9])"
        return text.range(of: word, options: .regularExpression) != nil
    }
}
