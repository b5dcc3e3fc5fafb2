/// `v` in the reader: two versions side by side, or one. Where they cannot be shown
/// (one version only, a narrow window) the key says why instead of silently doing nothing.
enum SideBySideUpdate {
    static func toggle(_ model: inout ReviewModel) {
        if model.companionVersionIndex == nil {
            model.status = .say(.readerNoOtherVersion)
        } else if model.screenSize.columns < ReviewLayout.sideBySideMinimumColumns {
            model.status = .sideBySideNeeds(columns: ReviewLayout.sideBySideMinimumColumns)
        } else {
            model.sideBySide.toggle()
        }
    }
}
