/* global process */
// A small Docusaurus 3 site for the end-to-end suite, set up as docs/embedding.md says: the
// guide's npm package installed, its Docusaurus plugin in `plugins` and its remark plugin
// in the docs' `remarkPlugins`, `<AzureSignupGuide />` in MDX.
import azureSignupGuide, { remarkAzureSignupGuide } from "azure-signup-guide/docusaurus";

export default {
  title: "Guiden i Docusaurus",
  url: "http://127.0.0.1",
  // The suite builds it under a sub-path too (ASG_BASE_URL=/handbok/).
  baseUrl: process.env.ASG_BASE_URL ?? "/",
  favicon: "img/favicon.svg",
  i18n: { defaultLocale: "sv", locales: ["sv"] },
  onBrokenLinks: "throw",
  // As `create-docusaurus@3` writes it for a fresh site (server bundles loaded as CommonJS
  // from the build folder); the suite builds the site with it off too (ASG_FUTURE_V4=off),
  // as sites made before it have it.
  future: { v4: process.env.ASG_FUTURE_V4 !== "off" },
  plugins: [azureSignupGuide],
  presets: [
    ["classic", { docs: { routeBasePath: "/", sidebarPath: undefined, remarkPlugins: [remarkAzureSignupGuide] }, blog: false, theme: {} }],
  ],
  themeConfig: { colorMode: { respectPrefersColorScheme: false } },
};
