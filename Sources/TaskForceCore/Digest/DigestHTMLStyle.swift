/// The stylesheet of the HTML digest: calm on screen, A4 on paper. It is a constant, never
/// built from data, and the page's Content-Security-Policy allows it (and nothing else) by
/// its hash. It is a Mustache partial of its own, so it must hold no `{{` or `}}` (a test
/// checks), and no `</` (it would end the `<style>` element).
///
/// On paper nothing depends on colour or background: the redline is struck through and
/// bold + underlined, comments are set off by a rule, and links print as plain text.
enum DigestHTMLStyle {
    static let css = """

    :root { color-scheme: light; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      background: #fbfaf7;
      color: #1f1f1f;
      font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
    }
    main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
    h1, h2, h3 { line-height: 1.25; font-weight: 650; }
    h1 { font-size: 1.75rem; margin: 0 0 1.25rem; }
    h2 { font-size: 1.35rem; margin: 2.75rem 0 .6rem; padding-top: .9rem; border-top: 1px solid #d9d4c9; }
    h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; color: #3d3d3d; }
    a { color: #2c5a85; text-underline-offset: .15em; }
    a:hover { color: #173b5c; }
    :target { scroll-margin-top: 1rem; }

    .kind { margin: 0 0 .2rem; font-size: .95rem; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #5b6b4e; }
    .facts-list { display: table; border-spacing: 0; margin: 0 0 1.25rem; }
    .facts-list div { display: table-row; }
    .facts-list dt, .facts-list dd { display: table-cell; padding: .1rem 0; vertical-align: top; }
    .facts-list dt { padding-right: 1.25rem; font-weight: 600; white-space: nowrap; }
    .facts-list dd { margin: 0; }
    .notice { margin: 0; padding: .7rem 1rem; border-left: 4px solid #8a9a7b; background: #f0efe8; }

    .contents ul { margin: .4rem 0 0; padding: 0; list-style: none; columns: 2 16rem; column-gap: 2rem; }
    .contents li { break-inside: avoid; margin-bottom: .2rem; }
    .contents .number { font-weight: 600; }

    table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
    th, td { padding: .35rem .5rem; border-bottom: 1px solid #e3ded4; text-align: right; vertical-align: top; }
    th:first-child, td:first-child { text-align: left; }
    thead th { font-size: .85em; font-weight: 600; vertical-align: bottom; border-bottom: 2px solid #8c887f; }
    /* A count's heading on one line (French quotation marks around Moi aussi wrapped apart). */
    thead th + th { white-space: nowrap; }
    tbody th { font-weight: 400; }
    tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #8c887f; border-bottom: none; }
    .table-wrap { overflow-x: auto; }
    .note { font-style: italic; }

    .article-head p { margin: .25rem 0; }
    .excerpt { margin: 0 0 .6rem; font-style: italic; color: #3d3d3d; }
    .counts { font-variant-numeric: tabular-nums; }

    .comment {
      margin: .75rem 0 1.1rem;
      padding: .7rem 1rem;
      background: #ffffff;
      border: 1px solid #e3ded4;
      border-left: 4px solid #a9b79c;
      border-radius: 4px;
    }
    .comment blockquote { margin: 0; }
    .comment .line { display: block; min-height: 1.55em; overflow-wrap: anywhere; }
    .comment .about { margin: .5rem 0 0; font-size: .88em; color: #4a4a4a; }
    .comment .agreed { font-weight: 600; color: #1f1f1f; }
    .proposal { margin-top: .8rem; padding-top: .6rem; border-top: 1px dashed #cfc9bd; }
    .proposal .legend { margin: 0 0 .3rem; font-size: .88em; }
    .redline { margin: 0; overflow-wrap: anywhere; }
    del { text-decoration: line-through; color: #7d2b2b; }
    ins { text-decoration: underline; text-decoration-thickness: .08em; font-weight: 700; color: #1d4d2a; }

    @media (max-width: 34rem) {
      body { font-size: 16px; }
      .facts-list, .facts-list div, .facts-list dt, .facts-list dd { display: block; }
      .facts-list dd { margin-bottom: .4rem; }
    }

    @page {
      size: A4;
      margin: 18mm 17mm 20mm;
      @top-left { content: ""; }
      @bottom-left { content: ""; }
      @bottom-right { content: counter(page) " / " counter(pages); font: 8.5pt Charter, Georgia, "DejaVu Serif", serif; }
    }

    @media print {
      body {
        background: none;
        color: #000;
        font: 10.5pt/1.4 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "DejaVu Serif", serif;
      }
      main { max-width: none; padding: 0; }
      h1 { font-size: 17pt; }
      .kind { font-size: 9.5pt; }
      h2 { font-size: 14pt; margin-top: 16pt; padding-top: 6pt; border-top: .75pt solid #000; }
      h3 { font-size: 11.5pt; margin-top: 10pt; color: #000; }
      h1, h2, h3, .article-head { break-after: avoid; page-break-after: avoid; }
      .article-head { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .notice { background: none; border-left: 2pt solid #000; padding: 2pt 0 2pt 8pt; }
      .contents ul { columns: 2; }
      .contents a { font-weight: 400; }
      thead { display: table-header-group; }
      /* A short table is not cut before its last rows (a long one still breaks, its head repeated). */
      .summary table, .breakdown table { break-inside: avoid; page-break-inside: avoid; }
      .facts-list dt { padding: 0 12pt 0 0; }
      .facts-list dd { padding: 0; }
      th, td { padding: 2pt 5pt; }
      tr, .facts-list div { break-inside: avoid; page-break-inside: avoid; }
      th, td { border-bottom-color: #999; }
      thead th, tfoot th, tfoot td { border-color: #000; }
      .excerpt, .comment .about, .kind { color: #000; }
      .comment {
        break-inside: avoid;
        page-break-inside: avoid;
        background: none;
        border: none;
        border-left: 1.5pt solid #000;
        border-radius: 0;
        padding: 1pt 0 1pt 9pt;
        margin: 6pt 0 10pt;
      }
      .comment .line { min-height: 1.4em; }
      .proposal { border-top: .5pt dashed #000; }
      del, ins, .comment .agreed { color: #000; }
    }

    """
}
