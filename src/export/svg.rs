//! SVG export.
//!
//! [`render_svg`] draws the graph with Graphviz `dot -Tsvg` or with the built-in layout
//! (`builtin.rs`), whichever the caller names in [`SvgOptions`]. Both use the styling
//! of [`super::dot`]: the same fill colour per entity type and line width per edge
//! weight.
//!
//! The library never reads the environment: the `newsgraph` command reads
//! `NEWSGRAPH_RENDERER` ([`RENDERER_ENV`], parsed by [`RendererChoice::parse`]) and
//! `NEWSGRAPH_GRAPHVIZ_TIMEOUT` ([`GRAPHVIZ_TIMEOUT_ENV`]), and by default uses Graphviz
//! when `dot` is on `PATH` ([`RendererChoice::resolve`]), so it can always draw.

use std::fmt;
use std::io;
use std::process::{Command, Stdio};

use thiserror::Error;

use super::schema::NodeLinkGraph;

/// The environment variable the `newsgraph` command reads to pick the renderer.
pub const RENDERER_ENV: &str = "NEWSGRAPH_RENDERER";

/// What the picture is of, for the built-in renderer (Graphviz reads the same from the
/// DOT text): the caption under the title, and the focus of an ego graph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Frame<'a> {
    /// The line under the title saying what part of the graph is drawn.
    pub caption: Option<&'a str>,
    /// The focus of an ego graph, drawn in the middle with the others in rings.
    pub root: Option<&'a str>,
    /// Set when the graph is the most connected part of a bigger one (for the HTML
    /// explorer's caption): the number of entities that one had.
    pub pruned_from: Option<usize>,
}

/// Which engine drew the SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renderer {
    /// Graphviz `dot -Tsvg`.
    Graphviz,
    /// The built-in layout (`builtin.rs`).
    Builtin,
}

impl fmt::Display for Renderer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Graphviz => "graphviz dot",
            Self::Builtin => "built-in layout",
        })
    }
}

/// Which renderer a user asked for (the values of `NEWSGRAPH_RENDERER`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RendererChoice {
    /// Graphviz when `dot` is on `PATH`, else built-in (unset, empty or `auto`).
    Auto,
    /// Always Graphviz; an error if it is missing (`graphviz`).
    Graphviz,
    /// Always the built-in layout (`builtin`).
    Builtin,
}

impl RendererChoice {
    /// Parses a `NEWSGRAPH_RENDERER` value (case-insensitive, trimmed).
    ///
    /// # Errors
    ///
    /// [`SvgError::UnknownRenderer`] for anything but `auto`, `graphviz`,
    /// `builtin` or an empty/missing value.
    pub fn parse(value: Option<&str>) -> Result<Self, SvgError> {
        let Some(raw) = value else {
            return Ok(Self::Auto);
        };
        match raw.trim().to_ascii_lowercase().as_str() {
            "" | "auto" => Ok(Self::Auto),
            "graphviz" | "dot" => Ok(Self::Graphviz),
            "builtin" | "built-in" => Ok(Self::Builtin),
            _ => Err(SvgError::UnknownRenderer(raw.to_string())),
        }
    }

    /// The renderer this choice means: [`RendererChoice::Auto`] probes for Graphviz
    /// ([`graphviz_available`]), so call this once per run, not per picture.
    pub fn resolve(self) -> Renderer {
        match self {
            RendererChoice::Builtin => Renderer::Builtin,
            RendererChoice::Graphviz => Renderer::Graphviz,
            RendererChoice::Auto if graphviz_available() => Renderer::Graphviz,
            RendererChoice::Auto => Renderer::Builtin,
        }
    }
}

/// How to draw an SVG: the engine, chosen by the caller (the library never reads the
/// environment or probes for Graphviz on its own), and how long Graphviz may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SvgOptions {
    /// The engine.
    pub renderer: Renderer,
    /// Graphviz is stopped after this long ([`SvgError::GraphvizTimeout`]).
    pub graphviz_timeout: std::time::Duration,
}

impl Default for SvgOptions {
    /// The built-in layout: no process is started.
    fn default() -> SvgOptions {
        SvgOptions {
            renderer: Renderer::Builtin,
            graphviz_timeout: std::time::Duration::from_secs(DEFAULT_GRAPHVIZ_TIMEOUT_SECS),
        }
    }
}

/// Why an SVG could not be drawn.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum SvgError {
    /// Graphviz was required but is not installed.
    #[error("Graphviz `dot` not found on PATH; install graphviz or unset {RENDERER_ENV}")]
    GraphvizMissing,
    /// `dot` ran and failed.
    #[error("Graphviz `dot -Tsvg` failed: {stderr}; set {RENDERER_ENV}=builtin to draw without Graphviz, and please report this graph as a newsgraph bug")]
    Graphviz {
        /// What `dot` printed on stderr.
        stderr: String,
    },
    /// `dot` could not be run at all (temporary file or process error).
    #[error("could not run Graphviz `dot`: {0}; check that it is executable, or set {RENDERER_ENV}=builtin")]
    GraphvizIo(#[source] io::Error),
    /// `dot` ran longer than [`GRAPHVIZ_TIMEOUT_ENV`] allows and was stopped.
    #[error("Graphviz `dot` took longer than {seconds} s and was stopped: draw fewer entities (--top N), raise {GRAPHVIZ_TIMEOUT_ENV}, or set {RENDERER_ENV}=builtin")]
    GraphvizTimeout {
        /// The limit, in seconds.
        seconds: u64,
    },
    /// `NEWSGRAPH_RENDERER` has a value we do not know.
    #[error(
        "{RENDERER_ENV}={0:?} is not a renderer; use `graphviz`, `builtin` or `auto`, or unset it"
    )]
    UnknownRenderer(String),
}

/// Whether Graphviz is usable: `dot -V` runs and exits successfully.
pub fn graphviz_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|status| status.success())
        .unwrap_or(false)
}

/// Renders DOT text to SVG with the renderer `options` names.
///
/// `dot` is the text of [`super::dot::to_dot`] for `graph`; Graphviz renders
/// that text, the built-in renderer lays out `graph` itself, with `frame`'s caption
/// and focus.
///
/// # Errors
///
/// See [`SvgError`]: Graphviz missing, failing or taking too long.
pub fn render_svg(
    graph: &NodeLinkGraph,
    dot: &str,
    frame: &Frame<'_>,
    options: &SvgOptions,
) -> Result<String, SvgError> {
    match options.renderer {
        Renderer::Graphviz => render_graphviz(dot, options.graphviz_timeout),
        Renderer::Builtin => Ok(super::builtin::render(graph, frame)),
    }
}

/// The environment variable the `newsgraph` command reads for the seconds Graphviz may
/// take before it is stopped.
pub const GRAPHVIZ_TIMEOUT_ENV: &str = "NEWSGRAPH_GRAPHVIZ_TIMEOUT";

/// The default of [`GRAPHVIZ_TIMEOUT_ENV`]: five minutes.
pub const DEFAULT_GRAPHVIZ_TIMEOUT_SECS: u64 = 300;

/// The `dot` processes running, by a number of our own: [`stop_graphviz`] kills them,
/// so that a signal stopping newsgraph does not leave an orphaned `dot` laying out.
static RUNNING: std::sync::Mutex<Vec<(u64, std::process::Child)>> =
    std::sync::Mutex::new(Vec::new());

fn running() -> std::sync::MutexGuard<'static, Vec<(u64, std::process::Child)>> {
    RUNNING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Set by [`stop_graphviz`]: no `dot` may start after it.
static STOPPING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Kills every Graphviz `dot` this process started and is waiting for, and lets no new
/// one start. For a signal handler, before it exits. `dot` is started under the same
/// lock, so none can slip between a start and its registration.
pub fn stop_graphviz() {
    let mut all = running();
    STOPPING.store(true, std::sync::atomic::Ordering::SeqCst);
    for (_, child) in all.iter_mut() {
        let _ = child.kill();
    }
}

/// Runs `dot -Tsvg` on `dot`, stopping it after `timeout`.
fn render_graphviz(dot: &str, timeout: std::time::Duration) -> Result<String, SvgError> {
    use std::io::{Read, Write};
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut all = running();
    if STOPPING.load(std::sync::atomic::Ordering::SeqCst) {
        return Err(SvgError::GraphvizIo(io::Error::new(
            io::ErrorKind::Interrupted,
            "newsgraph is stopping",
        )));
    }
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => SvgError::GraphvizMissing,
            _ => SvgError::GraphvizIo(e),
        })?;
    let (mut stdin, mut stdout, mut stderr) = (
        child.stdin.take().expect("piped"),
        child.stdout.take().expect("piped"),
        child.stderr.take().expect("piped"),
    );
    let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    all.push((id, child));
    drop(all);
    let text = dot.to_string();
    // A closed pipe here means dot stopped early; its status says why.
    let writer = std::thread::spawn(move || drop(stdin.write_all(text.as_bytes())));
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        stdout.read_to_end(&mut bytes).map(|_| bytes)
    });
    let errors = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let started = std::time::Instant::now();
    let status = loop {
        let mut all = running();
        let at = all.iter().position(|(i, _)| *i == id).expect("registered");
        match all[at].1.try_wait() {
            Ok(Some(status)) => {
                all.remove(at);
                break Ok(status);
            }
            Ok(None) if started.elapsed() >= timeout => {
                let (_, mut child) = all.remove(at);
                let _ = child.kill();
                let _ = child.wait();
                break Err(SvgError::GraphvizTimeout {
                    seconds: timeout.as_secs(),
                });
            }
            Ok(None) => {}
            Err(e) => {
                let (_, mut child) = all.remove(at);
                let _ = child.kill();
                break Err(SvgError::GraphvizIo(e));
            }
        }
        drop(all);
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let _ = writer.join();
    let output = reader.join().expect("reader thread");
    let messages = errors.join().expect("stderr thread");
    let status = status?;
    if !status.success() {
        return Err(SvgError::Graphviz {
            stderr: String::from_utf8_lossy(&messages).trim().to_string(),
        });
    }
    let bytes = output.map_err(SvgError::GraphvizIo)?;
    Ok(xml_entities_only(&String::from_utf8_lossy(&bytes)).into_owned())
}

/// Graphviz's SVG with every entity reference that XML does not define escaped.
///
/// Graphviz copies a node's name into `<title>` escaping `&` only when it does not
/// already start an entity, so a name such as `Tom&nbsp;Jones` arrives as the HTML
/// entity `&nbsp;`, which XML does not know: the SVG is not well-formed and browsers
/// refuse it. Here any `&name;` other than XML's five (`amp`, `lt`, `gt`, `quot`,
/// `apos`) becomes `&amp;name;`, which shows the name as written. Character references
/// (`&#45;`) are kept.
pub(crate) fn xml_entities_only(svg: &str) -> std::borrow::Cow<'_, str> {
    static ENTITY: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let entity =
        ENTITY.get_or_init(|| regex::Regex::new(r"&([A-Za-z][A-Za-z0-9]*);").expect("valid"));
    entity.replace_all(svg, |c: &regex::Captures<'_>| match &c[1] {
        name @ ("amp" | "lt" | "gt" | "quot" | "apos") => format!("&{name};"),
        name => format!("&amp;{name};"),
    })
}
#[cfg(test)]
mod tests {
    #[test]
    fn only_xml_entities_survive_graphviz_output() {
        for (input, expected) in [
            (
                "<title>Tom&nbsp;Jones</title>",
                "<title>Tom&amp;nbsp;Jones</title>",
            ),
            (
                "A&amp;B &lt;&gt; &quot;&apos;",
                "A&amp;B &lt;&gt; &quot;&apos;",
            ),
            ("a&#45;&#45;b &#x2013;", "a&#45;&#45;b &#x2013;"),
            ("&copy;&eacute;x", "&amp;copy;&amp;eacute;x"),
            ("AT&T; & co", "AT&amp;T; & co"),
            ("plain", "plain"),
        ] {
            assert_eq!(super::xml_entities_only(input), expected, "{input:?}");
        }
    }

    use super::super::dot::tests::{edge, graph, hostile_graph, node, tiny, HOSTILE};
    use super::super::dot::{sanitize_text, to_dot};
    use super::*;

    /// A small XML 1.0 well-formedness check (tags nest, one root, attributes
    /// quoted, entities known, only legal characters), so the tests need no
    /// XML dependency.
    fn check_well_formed(xml: &str) -> Result<(), String> {
        fn legal(c: char) -> bool {
            matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        }
        if let Some(c) = xml.chars().find(|&c| !legal(c)) {
            return Err(format!("illegal character {c:?}"));
        }
        let mut stack: Vec<&str> = Vec::new();
        let mut roots = 0;
        let mut pos = 0;
        while pos < xml.len() {
            let rest = &xml[pos..];
            let Some(lt) = rest.find('<') else {
                check_entities(rest).map_err(|e| format!("{e} near byte {pos}"))?;
                if !rest.trim().is_empty() && stack.is_empty() {
                    return Err("text after the root".into());
                }
                break;
            };
            check_entities(&rest[..lt]).map_err(|e| format!("{e} near byte {pos}"))?;
            if stack.is_empty() && !rest[..lt].trim().is_empty() {
                return Err(format!("text outside the root near byte {pos}"));
            }
            let tag = &rest[lt..];
            let skip = |open: &str, close: &str| -> Result<usize, String> {
                tag.find(close)
                    .map(|e| e + close.len())
                    .ok_or(format!("unterminated {open} near byte {pos}"))
            };
            let len = if tag.starts_with("<?") {
                skip("<?", "?>")?
            } else if tag.starts_with("<!--") {
                skip("<!--", "-->")?
            } else if tag.starts_with("<![CDATA[") {
                skip("<![CDATA[", "]]>")?
            } else if tag.starts_with("<!") {
                skip("<!", ">")?
            } else {
                // Find the closing '>' outside quoted attribute values.
                let mut quote = None;
                let mut end = None;
                for (i, c) in tag.char_indices().skip(1) {
                    match (quote, c) {
                        (None, '"' | '\'') => quote = Some(c),
                        (Some(q), c) if c == q => quote = None,
                        (Some(_), '<') => return Err(format!("'<' in attribute near {pos}")),
                        (None, '>') => {
                            end = Some(i);
                            break;
                        }
                        _ => {}
                    }
                }
                let end = end.ok_or(format!("unterminated tag near byte {pos}"))?;
                let inner = &tag[1..end];
                if let Some(name) = inner.strip_prefix('/') {
                    let open = stack.pop().ok_or(format!("stray </{name}> near {pos}"))?;
                    if open != name.trim() {
                        return Err(format!("<{open}> closed by </{}> near {pos}", name.trim()));
                    }
                } else {
                    let self_closing = inner.ends_with('/');
                    let body = inner.trim_end_matches('/');
                    let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
                    let name = &body[..name_end];
                    if name.is_empty() {
                        return Err(format!("empty tag name near {pos}"));
                    }
                    check_attributes(&body[name_end..], pos)?;
                    if stack.is_empty() {
                        roots += 1;
                    }
                    if !self_closing {
                        stack.push(name);
                    }
                }
                end + 1
            };
            pos += lt + len;
        }
        if let Some(open) = stack.pop() {
            return Err(format!("<{open}> never closed"));
        }
        if roots != 1 {
            return Err(format!("{roots} root elements"));
        }
        Ok(())
    }

    /// Attributes: `name = "value"` pairs, distinct names, values with valid entities.
    fn check_attributes(mut rest: &str, at: usize) -> Result<(), String> {
        let mut seen = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                return Ok(());
            }
            let eq = rest
                .find('=')
                .ok_or(format!("attribute without value near {at}"))?;
            let name = rest[..eq].trim();
            if name.is_empty() || name.contains(char::is_whitespace) || seen.contains(&name) {
                return Err(format!("bad or repeated attribute name {name:?} near {at}"));
            }
            seen.push(name);
            let value = rest[eq + 1..].trim_start();
            let quote = value.chars().next().filter(|&c| c == '"' || c == '\'');
            let quote = quote.ok_or(format!("unquoted attribute {name} near {at}"))?;
            let close = value[1..]
                .find(quote)
                .ok_or(format!("unterminated value near {at}"))?;
            let text = &value[1..1 + close];
            if let Err(e) = check_entities(text) {
                return Err(format!("attribute {name}: {e} near {at}"));
            }
            rest = &value[1 + close + 1..];
        }
    }

    /// Character data: no raw `<`, every `&` starts a known entity or a
    /// character reference.
    fn check_entities(text: &str) -> Result<(), String> {
        if text.contains('<') {
            return Err("raw '<'".to_string());
        }
        let mut rest = text;
        while let Some(i) = rest.find('&') {
            let end = rest[i..]
                .find(';')
                .ok_or("unterminated entity".to_string())?;
            let entity = &rest[i + 1..i + end];
            let numeric = match entity.strip_prefix("#x") {
                Some(hex) => u32::from_str_radix(hex, 16).is_ok(),
                None => entity
                    .strip_prefix('#')
                    .is_some_and(|d| d.parse::<u32>().is_ok()),
            };
            if !numeric && !matches!(entity, "amp" | "lt" | "gt" | "quot" | "apos") {
                return Err(format!("bad entity &{entity};"));
            }
            rest = &rest[i + end + 1..];
        }
        Ok(())
    }

    fn xml_escape(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&apos;")
    }

    fn builtin(g: &NodeLinkGraph) -> String {
        render_svg(g, &to_dot(g), &Frame::default(), &SvgOptions::default())
            .expect("builtin renders")
    }

    fn graphviz() -> SvgOptions {
        SvgOptions {
            renderer: Renderer::Graphviz,
            ..SvgOptions::default()
        }
    }

    #[test]
    fn well_formedness_checker_rows() {
        let rows: &[(&str, &str, bool)] = &[
            ("minimal", "<a/>", true),
            (
                "prolog and nesting",
                "<?xml version=\"1.0\"?>\n<a x=\"1\"><b>t &amp; u</b></a>",
                true,
            ),
            ("unclosed", "<a><b></a>", false),
            ("raw ampersand", "<a>x & y</a>", false),
            ("raw lt in attribute", "<a x=\"<\"/>", false),
            ("unquoted attribute", "<a x=1/>", false),
            ("two roots", "<a/><b/>", false),
            ("control character", "<a>\u{1}</a>", false),
            ("unknown entity", "<a>&nbsp;</a>", false),
        ];
        for (name, xml, ok) in rows {
            assert_eq!(
                check_well_formed(xml).is_ok(),
                *ok,
                "row {name:?}: {:?}",
                check_well_formed(xml)
            );
        }
    }

    #[test]
    fn renderer_choice_rows() {
        let rows: &[(&str, Option<&str>, Option<RendererChoice>)] = &[
            ("unset", None, Some(RendererChoice::Auto)),
            ("empty", Some(""), Some(RendererChoice::Auto)),
            ("auto", Some("auto"), Some(RendererChoice::Auto)),
            ("builtin", Some("builtin"), Some(RendererChoice::Builtin)),
            (
                "builtin upper, padded",
                Some(" BUILTIN "),
                Some(RendererChoice::Builtin),
            ),
            ("graphviz", Some("graphviz"), Some(RendererChoice::Graphviz)),
            ("unknown", Some("cairo"), None),
        ];
        for (name, value, expected) in rows {
            let got = RendererChoice::parse(*value).ok();
            assert_eq!(got, *expected, "row {name:?}");
        }
    }

    #[test]
    fn error_messages_say_what_to_do() {
        assert_eq!(
            SvgError::GraphvizMissing.to_string(),
            "Graphviz `dot` not found on PATH; install graphviz or unset NEWSGRAPH_RENDERER"
        );
        let unknown = RendererChoice::parse(Some("cairo"))
            .unwrap_err()
            .to_string();
        assert!(
            unknown.contains("use `graphviz`, `builtin` or `auto`"),
            "{unknown}"
        );
    }

    #[test]
    fn renderer_display() {
        assert_eq!(Renderer::Graphviz.to_string(), "graphviz dot");
        assert_eq!(Renderer::Builtin.to_string(), "built-in layout");
    }

    #[test]
    fn builtin_hostile_graph_is_well_formed_and_labelled() {
        let g = hostile_graph();
        let svg = builtin(&g);
        if let Err(e) = check_well_formed(&svg) {
            panic!("not well-formed: {e}\n{svg}");
        }
        for name in HOSTILE {
            for line in sanitize_text(name).lines() {
                let escaped = xml_escape(line);
                assert!(
                    svg.contains(&escaped),
                    "label line {escaped:?} of {name:?} missing"
                );
            }
        }
        assert_eq!(svg.matches("class=\"node ").count(), g.nodes.len());
    }

    #[test]
    fn builtin_fills_and_widths_follow_the_dot_style() {
        let svg = builtin(&tiny());
        check_well_formed(&svg).expect("well-formed");
        for fill in ["#77AADD", "#44BB99", "#EE8866"] {
            assert!(svg.contains(fill), "fill {fill} missing");
        }
        for class in ["node person", "node country", "node organization"] {
            assert!(svg.contains(class), "class {class} missing");
        }
        // Weight 4 of max 4 -> width 5; weight 1 -> width 1.
        assert!(svg.contains("stroke-width=\"5\""), "heavy edge width");
        assert_eq!(svg.matches("class=\"edge ").count(), 2);
    }

    #[test]
    fn builtin_survives_odd_graphs() {
        let rows: Vec<(&str, NodeLinkGraph)> = vec![
            ("empty", graph(vec![], vec![])),
            ("one node", graph(vec![node("solo", "place", 1, 1)], vec![])),
            (
                "disconnected",
                graph(
                    vec![node("a", "person", 1, 1), node("b", "country", 1, 1)],
                    vec![],
                ),
            ),
            (
                "dangling and self edges",
                graph(
                    vec![node("a", "person", 1, 1), node("a", "place", 1, 1)],
                    vec![edge("a", "ghost", 3, 1), edge("a", "a", 2, 1)],
                ),
            ),
            (
                "cycle",
                graph(
                    vec![
                        node("a", "person", 1, 1),
                        node("b", "person", 1, 1),
                        node("c", "person", 1, 1),
                    ],
                    vec![
                        edge("a", "b", 1, 1),
                        edge("b", "c", 1, 1),
                        edge("a", "c", 1, 1),
                    ],
                ),
            ),
        ];
        for (name, g) in rows {
            let svg = builtin(&g);
            if let Err(e) = check_well_formed(&svg) {
                panic!("row {name:?}: {e}\n{svg}");
            }
        }
    }

    #[test]
    fn builtin_is_deterministic() {
        let g = hostile_graph();
        assert_eq!(builtin(&g), builtin(&g));
    }

    #[test]
    fn graphviz_renders_hostile_graph() {
        if !graphviz_available() {
            println!("note: Graphviz `dot` not installed; skipping the Graphviz render");
            return;
        }
        let g = hostile_graph();
        let svg = render_svg(&g, &to_dot(&g), &Frame::default(), &graphviz()).expect("dot renders");
        check_well_formed(&svg).expect("graphviz SVG is well-formed");
        assert!(
            svg.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"),
            "markup label escaped"
        );
    }

    #[test]
    fn graphviz_error_carries_stderr() {
        if !graphviz_available() {
            println!("note: Graphviz `dot` not installed; skipping the Graphviz error check");
            return;
        }
        let err = render_svg(&tiny(), "graph { a -- ", &Frame::default(), &graphviz())
            .expect_err("broken DOT fails");
        let message = err.to_string();
        assert!(matches!(err, SvgError::Graphviz { .. }), "{message}");
        assert!(message.contains("syntax error"), "{message}");
    }

    #[test]
    fn forced_graphviz_without_dot_says_how_to_fix() {
        if graphviz_available() {
            println!(
                "note: Graphviz is installed; the missing-dot error is checked by message only"
            );
            return;
        }
        let err = render_svg(&tiny(), &to_dot(&tiny()), &Frame::default(), &graphviz())
            .expect_err("no dot");
        assert!(matches!(err, SvgError::GraphvizMissing), "{err}");
    }

    #[test]
    fn auto_resolves_to_graphviz_exactly_when_available() {
        let expected = if graphviz_available() {
            Renderer::Graphviz
        } else {
            Renderer::Builtin
        };
        assert_eq!(RendererChoice::Auto.resolve(), expected);
        assert_eq!(RendererChoice::Builtin.resolve(), Renderer::Builtin);
        assert_eq!(RendererChoice::Graphviz.resolve(), Renderer::Graphviz);
    }
}
