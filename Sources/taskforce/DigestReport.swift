import TaskForceCore

/// What `taskforce digest` says on stderr, in the digest's language (issue 14, item 7: with
/// `--lang fr` the document was French but the report English). The person exporting reads
/// both, so they speak the same language; the words are digest labels (`report…`), so a
/// language's table holds them too and the completeness test covers them.
enum DigestReport {
    /// One sentence: how many identifying details were replaced, of which kinds.
    static func redactions(_ r: Redactions, _ language: UILanguage) -> String {
        guard r.total > 0 else { return DigestLabel.reportNone.text(language) }
        let parts = IdentifyingDetails.Kind.allCases.compactMap { kind in
            r.counts[kind].map { n in
                let name = DigestLabel.reported(kind)
                return "\(n) " + (n == 1 ? name.one : name.many).text(language)
            }
        }
        let lead = r.total == 1 ? DigestLabel.reportReplacedOne.text(language)
            : DigestLabel.reportReplacedMany.text(language, ["count": "\(r.total)"])
        return lead + " " + parts.joined(separator: ", ") + "."
    }

    /// Before the description of an annotation or session file that was not used.
    static func setAside(_ language: UILanguage) -> String { DigestLabel.reportSetAside.text(language) + " " }
}
