/// Whether the user's locale NAME asks for UTF-8 characters (issue 14, item 8).
///
/// The review screen needs a UTF-8 locale for curses to draw accents and box lines. The
/// locale named in the environment may not be installed (`LANG=nl_BE.UTF-8` on a machine
/// that only has C.UTF-8): then `setlocale` fails and the C library stays in plain ASCII,
/// although the name says the terminal shows UTF-8. The name is what the user, or their
/// terminal, told us; the program trusts it and uses a UTF-8 locale that is installed
/// instead (the executable does that: `TerminalLocale`).
public enum TerminalCharset {
    /// The locale name that decides characters: POSIX precedence for character handling is
    /// LC_ALL, then LC_CTYPE, then LANG (an empty value counts as unset).
    public static func localeName(_ environment: [String: String]) -> String {
        UILanguage.effective(["LC_ALL", "LC_CTYPE", "LANG"], environment)
    }

    /// True when that name's codeset is UTF-8, however it is spelled (`UTF-8`, `utf8`).
    /// `C`, `POSIX`, no locale at all, or a name without a codeset (`nl_BE`, which is
    /// ISO-8859-1 where it is installed) do not say UTF-8.
    public static func namesUTF8(_ environment: [String: String]) -> Bool {
        let codeset = LocaleName(localeName(environment)).codeset.lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }
}
