//! A section's figures as a compact grid of value + label, each label a
//! phrase of the report's own sentence. A relative label such as "比上年增长"
//! means nothing alone, so it is read together with the label of the figure
//! it qualifies (the one before it in the same sentence).

use leptos::prelude::*;

use crate::model::Figure;

/// The label a figure is shown with (see the module comment).
pub fn display_label(figures: &[&Figure], index: usize) -> String {
    let figure = figures[index];
    let relative = ["比", "较"].iter().any(|p| figure.label.starts_with(p));
    let qualified = index
        .checked_sub(1)
        .map(|i| figures[i])
        .filter(|prev| relative && prev.quote == figure.quote);
    match qualified {
        Some(prev) => format!("{}{}", prev.label, figure.label),
        None => figure.label.to_string(),
    }
}

/// Nothing when the section quotes no figure.
#[component]
pub fn KeyFigures(figures: Vec<&'static Figure>) -> impl IntoView {
    (!figures.is_empty()).then(|| {
        let items = (0..figures.len())
            .map(|i| {
                let figure = figures[i];
                view! {
                    <div class="key-figure">
                        <dt>{display_label(&figures, i)}</dt>
                        <dd>
                            <span class="key-number">{figure.value.as_ref()}</span>
                            <span class="key-unit">{figure.unit.as_ref()}</span>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="key-figures">{items}</dl> }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(label: &str, value: &str, quote: &str) -> Figure {
        Figure {
            key: label.to_string().into(),
            label: label.to_string().into(),
            value: value.to_string().into(),
            unit: "%".into(),
            section: "6.4".into(),
            quote: quote.to_string().into(),
            headline: false,
        }
    }

    #[test]
    fn relative_labels_borrow_the_label_they_qualify() {
        let total = figure(
            "办学经费总收入",
            "52636.06",
            "总收入为52636.06万元，比上年增长18.59%",
        );
        let growth = figure(
            "比上年增长",
            "18.59",
            "总收入为52636.06万元，比上年增长18.59%",
        );
        let alone = figure("比上年增长", "5.98", "另一句比上年增长5.98%");
        let figures = [&total, &growth, &alone];
        assert_eq!(display_label(&figures, 0), "办学经费总收入");
        assert_eq!(display_label(&figures, 1), "办学经费总收入比上年增长");
        assert_eq!(display_label(&figures, 2), "比上年增长");
    }
}
