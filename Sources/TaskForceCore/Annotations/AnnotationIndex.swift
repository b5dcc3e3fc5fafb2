/// The annotations of an array looked up by id, holding only each one's position: a
/// dictionary of whole annotations has up to twice as many slots as annotations, each as
/// large as an annotation, which was most of the memory of a fold of a big folder
/// (BENCHMARKS.md, "The review screen's memory"). As with assigning into a dictionary in
/// order, the last of a repeated id wins.
struct AnnotationIndex {
    let annotations: [Annotation]
    private var positions: [AnnotationID: Int32] = [:]

    init(_ annotations: [Annotation]) {
        self.annotations = annotations
        positions.reserveCapacity(annotations.count)
        for (i, a) in annotations.enumerated() { positions[a.id] = Int32(i) }
    }

    subscript(id: AnnotationID) -> Annotation? { positions[id].map { annotations[Int($0)] } }

    /// The kind of the annotation `id`, read in place: the subscript copies the whole
    /// annotation (a retain of each of its Strings) where only its kind is asked.
    func kind(of id: AnnotationID) -> AnnotationKind? { positions[id].map { annotations[Int($0)].kind } }
}
