import Foundation

/// Reads an Akoma Ntoso file (OASIS LegalDocML 3.0 and its drafts) into an
/// `ImportedText` (ARCHITECTURE: Texts).
///
/// Elements are matched on their local names, so any namespace (the OASIS one, the
/// CSD drafts, a prefix or none) is read alike. Two streaming passes: the first only
/// checks the root and counts `article` and `section` units, because whether `section`
/// is a UK-style numbered section or a structure level above articles depends on
/// whether the file has any `article` at all; the second builds the text.
public enum AkomaNtosoImporter {
    /// `file` names the source in messages and may carry the language (`x.en.akn.xml`).
    public static func importText(_ data: Data, file: String) throws(InputError) -> ImportedText {
        let survey = AkomaNtosoSurvey()
        try XMLEvents.parse(data, file: file, into: survey)
        if let root = survey.root, root != "akomaNtoso" {
            throw InputError(.badData, file: file, line: survey.rootLine,
                             "this XML is not Akoma Ntoso (its root element is <\(root)>, not <akomaNtoso>)")
        }
        guard survey.articles + survey.sections > 0 else { throw noUnits(file) }

        let reader = AkomaNtosoReader(sectionsAreArticles: survey.articles == 0)
        try XMLEvents.parse(data, file: file, into: reader)
        guard let text = reader.importedText(fileName: file) else { throw noUnits(file) }
        return text
    }

    private static func noUnits(_ file: String) -> InputError {
        InputError(.badData, file: file, "this Akoma Ntoso file contains no article or section")
    }
}

/// First pass: the root element, and how many units the file's own text has (units
/// quoted by amending provisions and everything in `meta` do not count).
final class AkomaNtosoSurvey: XMLEventHandler {
    private(set) var root: String?
    private(set) var rootLine = 1
    private(set) var articles = 0
    private(set) var sections = 0
    private var metaDepth = 0
    private var quoteDepth = 0

    func start(_ name: String, attributes: [String: String], line: Int) -> Bool {
        if root == nil {
            root = name
            rootLine = line
            return name == "akomaNtoso"
        }
        if metaDepth > 0 || name == "meta" {
            metaDepth += 1
            return true
        }
        if AkomaNtosoReader.quotingElements.contains(name) {
            quoteDepth += 1
        } else if quoteDepth == 0 {
            if name == "article" || (name == "hcontainer"
                && AkomaNtosoReader.articleContainers.contains(attributes["name"]?.lowercased() ?? "")) { articles += 1 }
            if name == "section" { sections += 1 }
        }
        return true
    }

    func end(_ name: String) {
        if metaDepth > 0 {
            metaDepth -= 1
        } else if AkomaNtosoReader.quotingElements.contains(name) {
            quoteDepth -= 1
        }
    }

    func text(_ text: String) {}
}
