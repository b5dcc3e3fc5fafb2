extension Array {
    /// Whether the two arrays are one storage, the same elements at the same address: an
    /// answer without comparing them (the articles under one heading share their path's array;
    /// a decoded text may be the very array that was read).
    package func sharesStorage(with other: [Element]) -> Bool {
        withUnsafeBufferPointer { x in other.withUnsafeBufferPointer { x.baseAddress == $0.baseAddress && x.count == $0.count } }
    }
}
