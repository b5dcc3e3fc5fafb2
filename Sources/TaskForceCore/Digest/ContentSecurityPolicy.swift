import Crypto
import Foundation

/// The Content-Security-Policy of the HTML digest (ARCHITECTURE: The digest). The page is carried on USB
/// sticks, mailed and opened in whatever browser a ministry has: even if a comment ever
/// slipped past the escaping, the browser must refuse to run a script, load anything from
/// the network (a tracking pixel would tell someone who opened the digest, and when), send a
/// form, or apply any style but the page's own.
enum ContentSecurityPolicy {
    /// `'sha256-…'` for a `<style>` element whose content is exactly `css` (the browser
    /// hashes the element's text as UTF-8 bytes).
    static func hashSource(_ css: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString() + "'"
    }

    /// Nothing by default; the one stylesheet by its hash (so no injected `<style>` or
    /// `style=` attribute applies); no images, no `<base>` to redirect links, no form target.
    /// Scripts fall under `default-src 'none'`, inline event handlers included.
    static func digestPage(style css: String) -> String {
        "default-src 'none'; style-src \(hashSource(css)); img-src 'none'; base-uri 'none'; form-action 'none'"
    }
}
