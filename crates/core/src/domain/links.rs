//! The article's outbound links, built from a fixed table of https targets.

use crate::i18n::Locale;

/// Every place the guide links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Link {
    /// The Azure portal; takes no locale.
    Portal,
    /// The Azure signup page with the article's offer; takes no locale.
    SignUp,
    /// Assign Azure roles in the portal (RBAC).
    RbacAssign,
    /// What Azure role-based access control is.
    RbacOverview,
    /// How Azure subscriptions are associated with a directory. The article linked
    /// `azure/active-directory/…`; the page now lives under `entra/`.
    AssociateTenant,
    /// Create a support request; takes no locale.
    SupportRequest,
    /// The portal's Directories + subscriptions settings (the guide's check step).
    PortalDirectories,
    /// The portal's list of subscriptions (the guide's check step).
    PortalSubscriptions,
    /// Transfer an Azure subscription to another Microsoft Entra directory.
    TransferSubscription,
}

const DOCS_HOST: &str = "https://learn.microsoft.com";

impl Link {
    /// Every link, once.
    pub const ALL: [Link; 9] = [
        Link::Portal,
        Link::SignUp,
        Link::RbacAssign,
        Link::RbacOverview,
        Link::AssociateTenant,
        Link::SupportRequest,
        Link::PortalDirectories,
        Link::PortalSubscriptions,
        Link::TransferSubscription,
    ];

    /// The address; documentation links get the reader's locale as learn.microsoft.com
    /// writes it in its paths: the tag in lower case (`sv-se`).
    pub fn url(self, locale: Locale) -> String {
        let docs = |path: &str| format!("{DOCS_HOST}/{}/{path}", locale.tag().to_ascii_lowercase());
        match self {
            Link::Portal => "https://portal.azure.com/".to_owned(),
            Link::SignUp => "https://account.azure.com/signup?offer=MS-AZR-0044p&appId=docs".to_owned(),
            Link::RbacAssign => docs("azure/role-based-access-control/role-assignments-portal"),
            Link::RbacOverview => docs("azure/role-based-access-control/overview"),
            Link::AssociateTenant => docs("entra/fundamentals/how-subscriptions-associated-directory"),
            Link::SupportRequest => "https://go.microsoft.com/fwlink/?linkid=2083458".to_owned(),
            Link::PortalDirectories => "https://portal.azure.com/#settings/directory".to_owned(),
            Link::PortalSubscriptions => {
                "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2".to_owned()
            }
            Link::TransferSubscription => docs("azure/role-based-access-control/transfer-subscription"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_the_articles_targets() {
        let cases = [
            (Link::Portal, "https://portal.azure.com/"),
            (Link::SignUp, "https://account.azure.com/signup?offer=MS-AZR-0044p&appId=docs"),
            (
                Link::RbacAssign,
                "https://learn.microsoft.com/sv-se/azure/role-based-access-control/role-assignments-portal",
            ),
            (Link::RbacOverview, "https://learn.microsoft.com/sv-se/azure/role-based-access-control/overview"),
            (
                Link::AssociateTenant,
                "https://learn.microsoft.com/sv-se/entra/fundamentals/how-subscriptions-associated-directory",
            ),
            (Link::SupportRequest, "https://go.microsoft.com/fwlink/?linkid=2083458"),
            (Link::PortalDirectories, "https://portal.azure.com/#settings/directory"),
            (Link::PortalSubscriptions, "https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2"),
            (
                Link::TransferSubscription,
                "https://learn.microsoft.com/sv-se/azure/role-based-access-control/transfer-subscription",
            ),
        ];
        for (link, expected) in cases {
            assert_eq!(link.url(Locale::SvSe), expected);
        }
    }

    #[test]
    fn only_docs_links_take_the_locale() {
        for link in Link::ALL {
            let localized = link.url(Locale::DeDe).contains("/de-de/");
            let is_docs = link.url(Locale::DeDe).starts_with(DOCS_HOST);
            assert_eq!(localized, is_docs, "{link:?}");
        }
    }

    #[test]
    fn every_link_is_https_on_an_allowed_host() {
        const ALLOWED: [&str; 5] =
            ["account.azure.com", "portal.azure.com", "learn.microsoft.com", "docs.microsoft.com", "go.microsoft.com"];
        for link in Link::ALL {
            let url = link.url(Locale::EnUs);
            let rest = url.strip_prefix("https://").unwrap_or_else(|| panic!("not https: {url}"));
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            assert!(ALLOWED.contains(&host), "{url}");
            // The portal opens at its start or at one of the two places the check step names.
            if host == "portal.azure.com" {
                const PORTAL: [&str; 3] =
                    ["/", "/#settings/directory", "/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2"];
                assert!(PORTAL.contains(&&rest[host.len()..]), "{url}");
            }
        }
    }
}
