/** Labels each column of the CMS page with its current width, so the demo says what it shows. */
const observer = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const width = Math.round(entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width);
    for (const label of document.querySelectorAll<HTMLElement>('[data-width-of]')) {
      if (entry.target.matches(label.dataset.widthOf!)) label.textContent = `· ${width} px wide`;
    }
  }
});
for (const label of document.querySelectorAll<HTMLElement>('[data-width-of]')) {
  const target = document.querySelector(label.dataset.widthOf!);
  if (target) observer.observe(target);
}
