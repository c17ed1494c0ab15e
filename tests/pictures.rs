//! Pictures without Graphviz: the built-in renderer's SVGs of the sample graph, parsed,
//! have no label over another label or a node, radial ego graphs, the title and legend
//! outside the drawing, and a width that fits a screen. And the explorer page, built.

use std::path::Path;
use std::process::Command;

use newsgraph::export::layout::{text_width, Rect};
use quick_xml::events::Event;
use quick_xml::Reader;

use crate::util::{build_sample, temp};

/// Font size and line height the built-in renderer uses for labels.
const FONT: f64 = 12.0;
const LINE: f64 = 15.0;

/// One drawn node: its class, the box of its shape and the box of its label.
#[derive(Debug)]
struct DrawnNode {
    class: String,
    name: String,
    centre: (f64, f64),
    shape: Rect,
    label: Rect,
}

/// What a built-in SVG holds.
#[derive(Debug)]
struct Picture {
    width: f64,
    nodes: Vec<DrawnNode>,
    /// The lowest baseline of the title and caption.
    title_bottom: f64,
    /// Where the legend band starts.
    legend_top: f64,
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().map(|a| {
        a.unescape_value()
            .expect("attribute unescapes")
            .into_owned()
    })
}

fn number(e: &quick_xml::events::BytesStart<'_>, name: &str) -> f64 {
    attr(e, name)
        .unwrap_or_else(|| panic!("no {name}"))
        .parse()
        .unwrap_or_else(|_| panic!("{name} is not a number"))
}

/// Parses a built-in SVG: nodes (shape, label text and position), title and legend.
fn parse(svg: &str) -> Picture {
    let mut reader = Reader::from_str(svg);
    let mut picture = Picture {
        width: 0.0,
        nodes: Vec::new(),
        title_bottom: 0.0,
        legend_top: f64::MAX,
    };
    let mut group: Option<String> = None;
    let mut in_title_group = false;
    let mut shape: Option<(Rect, (f64, f64))> = None;
    let mut text: Option<(f64, f64, String, Vec<String>)> = None;
    let mut in_tspan = false;
    let mut in_node_title = false;
    let mut name = String::new();
    loop {
        match reader.read_event().expect("the SVG is XML") {
            Event::Start(e) | Event::Empty(e) => {
                let tag = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                match tag.as_str() {
                    "svg" => picture.width = number(&e, "width"),
                    "g" => {
                        let class = attr(&e, "class").unwrap_or_default();
                        if class == "title" {
                            in_title_group = true;
                        } else if class == "legend" {
                            let t = attr(&e, "transform").expect("legend placed");
                            let y = t
                                .trim_start_matches("translate(")
                                .trim_end_matches(')')
                                .split(',')
                                .nth(1)
                                .expect("y")
                                .parse::<f64>()
                                .expect("number");
                            picture.legend_top = y;
                        } else if class.starts_with("node ") {
                            group = Some(class);
                        }
                    }
                    "text" if in_title_group => {
                        picture.title_bottom = picture.title_bottom.max(number(&e, "y") + 4.0);
                    }
                    "title" if group.is_some() => in_node_title = true,
                    "circle" if group.is_some() => {
                        let (x, y, r) = (number(&e, "cx"), number(&e, "cy"), number(&e, "r"));
                        shape = Some((
                            Rect {
                                x0: x - r,
                                y0: y - r,
                                x1: x + r,
                                y1: y + r,
                            },
                            (x, y),
                        ));
                    }
                    "rect" if group.is_some() => {
                        let (x, y) = (number(&e, "x"), number(&e, "y"));
                        let (w, h) = (number(&e, "width"), number(&e, "height"));
                        shape = Some((
                            Rect {
                                x0: x,
                                y0: y,
                                x1: x + w,
                                y1: y + h,
                            },
                            (x + w / 2.0, y + h / 2.0),
                        ));
                    }
                    "polygon" if group.is_some() => {
                        let points: Vec<(f64, f64)> = attr(&e, "points")
                            .expect("points")
                            .split(' ')
                            .map(|p| {
                                let (x, y) = p.split_once(',').expect("x,y");
                                (x.parse().unwrap(), y.parse().unwrap())
                            })
                            .collect();
                        let r = points.iter().fold(
                            Rect {
                                x0: f64::MAX,
                                y0: f64::MAX,
                                x1: f64::MIN,
                                y1: f64::MIN,
                            },
                            |r, &(x, y)| Rect {
                                x0: r.x0.min(x),
                                y0: r.y0.min(y),
                                x1: r.x1.max(x),
                                y1: r.y1.max(y),
                            },
                        );
                        shape = Some((r, ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)));
                    }
                    "text" if group.is_some() => {
                        text = Some((
                            number(&e, "x"),
                            number(&e, "y"),
                            attr(&e, "text-anchor").unwrap_or_else(|| "start".into()),
                            Vec::new(),
                        ));
                    }
                    "tspan" if text.is_some() => {
                        in_tspan = true;
                        text.as_mut().unwrap().3.push(String::new());
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                let value = t.unescape().expect("text unescapes").into_owned();
                if in_tspan {
                    let lines = &mut text.as_mut().unwrap().3;
                    lines.last_mut().unwrap().push_str(&value);
                } else if in_node_title {
                    name.push_str(&value);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"tspan" => in_tspan = false,
                b"title" => in_node_title = false,
                b"g" if in_title_group => in_title_group = false,
                b"g" => {
                    if let Some(class) = group.take() {
                        let (shape, centre) = shape.take().expect("a node has a shape");
                        let (x, y, anchor, lines) = text.take().expect("a node has a label");
                        let w = lines
                            .iter()
                            .map(|l| text_width(l, FONT))
                            .fold(0.0, f64::max);
                        let x0 = match anchor.as_str() {
                            "middle" => x - w / 2.0,
                            "end" => x - w,
                            _ => x,
                        };
                        let top = y - FONT * 0.95;
                        picture.nodes.push(DrawnNode {
                            class,
                            name: std::mem::take(&mut name),
                            centre,
                            shape,
                            label: Rect {
                                x0,
                                y0: top,
                                x1: x0 + w,
                                y1: top + LINE * lines.len() as f64,
                            },
                        });
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    picture
}

/// Every way a picture breaks the rules, as readable lines.
fn faults(picture: &Picture) -> Vec<String> {
    let mut found = Vec::new();
    if picture.width > 2000.0 {
        found.push(format!("{} px wide", picture.width));
    }
    for (i, a) in picture.nodes.iter().enumerate() {
        for (j, b) in picture.nodes.iter().enumerate() {
            if i == j {
                continue;
            }
            if i < j && a.label.overlaps(&b.label) {
                found.push(format!("label {:?} overlaps label {:?}", a.name, b.name));
            }
            if a.label.overlaps(&b.shape) {
                found.push(format!("label {:?} overlaps node {:?}", a.name, b.name));
            }
        }
        let top = a.shape.y0.min(a.label.y0);
        let bottom = a.shape.y1.max(a.label.y1);
        if top < picture.title_bottom {
            found.push(format!("{:?} reaches into the title", a.name));
        }
        if bottom > picture.legend_top {
            found.push(format!("{:?} reaches into the legend", a.name));
        }
    }
    found
}

fn render_builtin(dir: &Path, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir)
        .env("NEWSGRAPH_RENDERER", "builtin")
        .arg("render")
        .args(args)
        .output()
        .expect("newsgraph runs");
    assert!(
        out.status.success(),
        "newsgraph render {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn builtin_pictures_of_the_sample_have_no_overlaps() {
    let dir = temp();
    build_sample(dir.path());
    builtin_pictures_have_no_overlaps(dir.path());
}

/// `make graph` builds the sample with its dates (`corpus/metadata.csv`): a slightly
/// different graph (dated role aliases), drawn as cleanly.
#[test]
fn builtin_pictures_of_the_dated_sample_have_no_overlaps() {
    let dir = temp();
    let corpus = crate::util::corpus();
    let metadata = corpus.join("metadata.csv");
    crate::util::run(
        dir.path(),
        &[
            "build",
            corpus.to_str().unwrap(),
            "--metadata",
            metadata.to_str().unwrap(),
            "--out",
            "out",
            "--quiet",
        ],
    )
    .success();
    builtin_pictures_have_no_overlaps(dir.path());
}

/// Renders the whole graph of `dir/out/graph.json.gz`, the ego graphs of the five most
/// connected entities and Blinken's at depth 2 with the built-in renderer, and checks
/// each picture for overlaps.
fn builtin_pictures_have_no_overlaps(dir: &Path) {
    render_builtin(dir, &["--top", "60", "-o", "whole.svg"]);
    render_builtin(dir, &["--ego-top", "5", "--out-dir", "ego"]);
    render_builtin(
        dir,
        &[
            "--focus", "Blinken", "--depth", "2", "--top", "30", "-o", "deep.svg",
        ],
    );
    let mut files = vec![dir.join("whole.svg"), dir.join("deep.svg")];
    let mut egos: Vec<_> = std::fs::read_dir(dir.join("ego"))
        .expect("ego folder")
        .map(|e| e.unwrap().path())
        .collect();
    egos.sort();
    assert_eq!(egos.len(), 5, "{egos:?}");
    files.extend(egos);
    for file in &files {
        let svg = std::fs::read_to_string(file).unwrap();
        let picture = parse(&svg);
        assert!(
            picture.nodes.len() >= 10,
            "{}: too few nodes",
            file.display()
        );
        let found = faults(&picture);
        assert!(
            found.is_empty(),
            "{}:\n{}",
            file.display(),
            found.join("\n")
        );
    }
}

#[test]
fn builtin_ego_graphs_are_radial() {
    let dir = temp();
    build_sample(dir.path());
    render_builtin(dir.path(), &["--focus", "Blinken", "-o", "blinken.svg"]);
    let picture = parse(&std::fs::read_to_string(dir.path().join("blinken.svg")).unwrap());
    let focus: Vec<&DrawnNode> = picture
        .nodes
        .iter()
        .filter(|n| n.class.ends_with(" focus"))
        .collect();
    assert_eq!(focus.len(), 1, "one focus");
    assert_eq!(focus[0].name, "Antony Blinken");
    let (cx, cy) = focus[0].centre;
    let radii: Vec<f64> = picture
        .nodes
        .iter()
        .filter(|n| !n.class.ends_with(" focus"))
        .map(|n| ((n.centre.0 - cx).powi(2) + (n.centre.1 - cy).powi(2)).sqrt())
        .collect();
    assert_eq!(radii.len(), 15, "15 neighbours by default");
    let (lo, hi) = radii
        .iter()
        .fold((f64::MAX, 0.0_f64), |(lo, hi), &r| (lo.min(r), hi.max(r)));
    assert!(
        hi - lo < 1.5,
        "the neighbours lie on one ring around Blinken: {radii:?}"
    );
    // The focus is in the middle of the drawing.
    let xs = picture.nodes.iter().map(|n| n.centre.0);
    let (left, right) = xs.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
    assert!(
        (cx - (left + right) / 2.0).abs() < 0.25 * (right - left),
        "focus at x {cx}, nodes from {left} to {right}"
    );
}

#[test]
fn the_parser_sees_an_overlap_when_there_is_one() {
    // Guards the check above: a hand-made picture with two labels on top of each other.
    let svg = r#"<svg width="300" height="200"><g class="title"><text x="0" y="20">t</text></g>
<g class="drawing">
<g class="node person"><title>A</title><circle cx="50" cy="100" r="8"/><text class="label" x="50" y="120" text-anchor="middle"><tspan>Alpha Beta</tspan></text></g>
<g class="node person"><title>B</title><circle cx="60" cy="100" r="8"/><text class="label" x="60" y="121" text-anchor="middle"><tspan>Gamma Delta</tspan></text></g>
</g><g class="legend" transform="translate(20,180)"></g></svg>"#;
    let found = faults(&parse(svg));
    assert!(
        found.iter().any(|f| f.contains("overlaps label")),
        "{found:?}"
    );
}

#[test]
fn build_writes_the_explorer_page() {
    let dir = temp();
    build_sample(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir.path())
        .args(["build", crate::util::corpus().to_str().unwrap()])
        .args(["--formats", "html", "--out", "one"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let page = std::fs::read_to_string(dir.path().join("one/graph.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    for needle in [
        "Antony Blinken",
        "Sameh Shoukry",
        "\"cameo\"",
        "The Cytoscape Consortium",
    ] {
        assert!(page.contains(needle), "graph.html lacks {needle:?}");
    }
    let render = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir.path())
        .args([
            "render", "--format", "html", "--focus", "Blinken", "--depth", "2",
        ])
        .output()
        .unwrap();
    assert!(render.status.success(), "{render:?}");
    let ego = std::fs::read_to_string(dir.path().join("out/ego/antony-blinken.html")).unwrap();
    assert!(ego.contains("\"focus\":\"Antony Blinken\""));
    assert!(ego.contains("ego graph of Antony Blinken, depth 2"));
    // Two builds, same bytes.
    let again = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .current_dir(dir.path())
        .args(["build", crate::util::corpus().to_str().unwrap()])
        .args(["--formats", "html", "--out", "two"])
        .output()
        .unwrap();
    assert!(again.status.success());
    assert!(
        std::fs::read(dir.path().join("two/graph.html")).unwrap() == page.as_bytes(),
        "graph.html differs between two builds"
    );
}
