/// The digest as one self-contained HTML page. Placeholder until the template lands.
public enum DigestHTML {
    public static func render(_ digest: Digest) -> String { "" }
}
