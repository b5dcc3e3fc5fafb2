/// The digest as Markdown (DESIGN 5). Placeholder until the template lands.
public enum DigestMarkdown {
    public static func render(_ digest: Digest) -> String {
        "# \(digest.header.title)\n"
    }
}
