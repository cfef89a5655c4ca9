// The portal's only script, a file of its own so that the Content-Security-Policy can forbid inline script:
// a button marked data-print prints the page.
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
