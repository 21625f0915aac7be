// The same content as the guide, built the way a docs author might today: mermaid draws
// the diagram, driver.js tours the steps. Marks `data-ready` when both answer input.
import mermaid from "./mermaid.esm.min.mjs";
import { driver } from "./driver.js.mjs";

const explanations = {
  du: "Användare tillhör kataloger.",
  azure: "Azure-prenumerationer ägs av enskilda användare i katalogen.",
};
window.showNode = (id) => {
  document.getElementById("explanation").textContent = explanations[id] || "";
};

mermaid.initialize({ startOnLoad: false, securityLevel: "loose" });
await mermaid.run();
const tour = driver({
  showProgress: true,
  progressText: "Steg {{current}} av {{total}}",
  nextBtnText: "Nästa",
  prevBtnText: "Föregående",
  doneBtnText: "Klart",
  steps: [1, 2, 3, 4].map((n) => ({
    element: `#step-${n}`,
    popover: { title: `Steg ${n}`, description: document.getElementById(`step-${n}`).textContent },
  })),
});
document.getElementById("start-tour").addEventListener("click", () => tour.drive());
tour.drive();
document.body.dataset.ready = "1";
document.dispatchEvent(new CustomEvent("bench-ready"));
