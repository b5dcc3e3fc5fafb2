import Mustache

// The templates look values up by name. Without these, swift-mustache reflects each value
// with `Mirror` on every lookup, which was more than half the time of a 100,000-annotation
// digest. A test checks that every stored property is answered here (DigestPageLookupTests).
// An absent optional is answered with `Absent`, which the engine renders as nothing, as it
// would nil; nil would make it look the name up again in every enclosing value (four or
// five for a redline piece's two absent kinds, on every piece of every proposal). Optional
// names are not reused by an enclosing value (the lookup test checks this), so that search
// found nothing anyway and the bytes are the same.

/// An absent optional value: rendered as nothing by `{{name}}` and `{{#name}}`, rendered by
/// `{{^name}}`, as nil is, without the engine climbing to the enclosing values.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }

    static func or<Value>(_ value: Value?) -> Any { value.map { $0 as Any } ?? Absent() }
}

extension DigestPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "colon": colon
        case "title": title
        case "textTitle": textTitle
        case "header": header
        case "anonymity": anonymity
        case "ordering": ordering
        case "redactionNote": redactionNote
        case "contentsLabel": contentsLabel
        case "summaryLabel": summaryLabel
        case "articleLabel": articleLabel
        case "supportLabel": supportLabel
        case "concernLabel": concernLabel
        case "opposeLabel": opposeLabel
        case "questionLabel": questionLabel
        case "endorsementsLabel": endorsementsLabel
        case "themesLabel": themesLabel
        case "totalLabel": totalLabel
        case "legend": legend
        case "summary": summary
        case "total": total
        case "articles": articles
        case "hasOrphans": hasOrphans
        case "orphansLabel": orphansLabel
        case "orphansExplanation": orphansExplanation
        case "otherOrphans": Absent.or(otherOrphans)
        case "orphans": orphans
        case "orphansHidden": Absent.or(orphansHidden)
        case "hasBreakdown": hasBreakdown
        case "breakdownLabel": breakdownLabel
        case "groupLabel": groupLabel
        case "headcountLabel": headcountLabel
        case "breakdown": breakdown
        case "breakdownNote": Absent.or(breakdownNote)
        default: nil
        }
    }
}

extension DigestPage.Line: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        default: nil
        }
    }
}

extension DigestPage.SummaryRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        case "heading": Absent.or(heading)
        case "support": support
        case "concern": concern
        case "oppose": oppose
        case "question": question
        case "endorsements": endorsements
        default: nil
        }
    }
}

extension DigestPage.Piece: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kept": Absent.or(kept)
        case "deleted": Absent.or(deleted)
        case "inserted": Absent.or(inserted)
        default: nil
        }
    }
}

extension DigestPage.Comment: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "lines": lines
        case "language": language
        case "themes": themes
        case "hasThemes": hasThemes
        case "agreed": Absent.or(agreed)
        case "alsoSaid": Absent.or(alsoSaid)
        case "earlier": Absent.or(earlier)
        case "session": Absent.or(session)
        case "languageTag": languageTag
        case "wordings": wordings
        case "markdown": markdown
        case "html": html
        default: nil
        }
    }
}

extension DigestPage.Wording: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "fromDuplicate": fromDuplicate
        case "language": language
        case "languageTag": languageTag
        case "legend": legend
        case "lines": lines
        case "redline": redline
        case "hasRedline": hasRedline
        default: nil
        }
    }
}

extension DigestPage.Group: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "comments": comments
        default: nil
        }
    }
}

extension DigestPage.ArticleSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "label": label
        case "heading": Absent.or(heading)
        case "excerpt": excerpt
        case "counts": counts
        case "themes": themes
        case "hasThemes": hasThemes
        case "hiddenNote": Absent.or(hiddenNote)
        case "groups": groups
        default: nil
        }
    }
}

extension DigestPage.OrphanSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "comment": comment
        default: nil
        }
    }
}

extension DigestPage.BreakdownRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "headcount": headcount
        case "support": support
        case "concern": concern
        case "oppose": oppose
        case "question": question
        default: nil
        }
    }
}
