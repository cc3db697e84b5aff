/** The theming page's controls: the page's colour scheme and the print preview. */
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="scheme"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    if (radio.value) document.documentElement.dataset.scheme = radio.value;
    else delete document.documentElement.dataset.scheme;
  });
}

const toggle = document.querySelector<HTMLButtonElement>('#print-toggle')!;
const area = document.querySelector<HTMLElement>('#print-area')!;
toggle.addEventListener('click', () => {
  const on = toggle.getAttribute('aria-pressed') !== 'true';
  toggle.setAttribute('aria-pressed', String(on));
  area.classList.toggle('on', on);
});
document.querySelector('#print-now')!.addEventListener('click', () => window.print());
