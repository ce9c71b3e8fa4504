"""schema.org descriptions (JSON-LD) of the public detail pages, for search engines and other machines.

Only what the page itself shows, about organisations and projects: never a person's name or contact.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from companies.models import Company
from core.images import picture_of
from core.templatetags.portal import web_address
from partners.models import OrganisationType, Partner
from projects.models import Project

# schema.org's closest type for each kind of partner organisation.
PARTNER_TYPES = {
    OrganisationType.REGION: "GovernmentOrganization",
    OrganisationType.UNIVERSITY: "CollegeOrUniversity",
    OrganisationType.RESEARCH: "ResearchOrganization",
    OrganisationType.COMPANY: "Corporation",
    OrganisationType.PUBLIC_BODY: "GovernmentOrganization",
    OrganisationType.CLUSTER: "Organization",
    OrganisationType.NGO: "NGO",
}

# Inside <script>, these could end the element or open a comment; JSON reads the escapes as the same characters.
SCRIPT_ESCAPES = {
    ord("<"): "\\u003C",
    ord(">"): "\\u003E",
    ord("&"): "\\u0026",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}


def compact(data: dict) -> dict:
    """The description without the properties the entry leaves empty."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def image_url(obj, field_name: str, base: str) -> str | None:
    picture = picture_of(obj, field_name)
    if not picture:
        return None
    # Media may be served from another host, whose URLs are absolute already.
    return picture.largest if web_address(picture.largest) else base + picture.largest


def websites(*addresses: str) -> list[str]:
    """The addresses that are web pages; anything else a field may hold is no place to send a machine."""
    return [address.strip() for address in addresses if web_address(address)]


def project_data(project: Project, base: str, municipalities=None) -> dict:
    """`municipalities`: the project's, when the page has read them already."""
    # schema.org's Project is a kind of Organization: its lifetime is a founding and a dissolution date.
    url = base + project.get_absolute_url()
    image = next(iter(project.images.all()), None)
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "Project",
            "@id": url,
            "url": url,
            "name": project.title,
            "alternateName": project.acronym,
            "description": project.summary,
            "foundingDate": project.start_date.isoformat(),
            "dissolutionDate": project.end_date.isoformat() if project.end_date else None,
            "image": image_url(image, "image", base) if image else None,
            "keywords": [t.name for t in project.tags.all()],
            "funder": [
                compact({"@type": "Organization", "name": fund.name, "alternateName": fund.acronym})
                for fund in project.funds.all()
            ],
            "member": [
                {
                    "@type": "Organization",
                    "name": participation.participant.name,
                    "url": base + participation.participant.get_absolute_url(),
                }
                for participation in project.participations.all()
            ],
            "areaServed": [
                {"@type": "AdministrativeArea", "name": municipality.name}
                for municipality in (project.municipalities.all() if municipalities is None else municipalities)
            ],
            "sameAs": websites(project.website) + [link for _registry, _code, link in project.registry_links],
        }
    )


def company_data(company: Company, base: str) -> dict:
    url = base + company.get_absolute_url()
    return compact(
        {
            "@context": "https://schema.org",
            "@type": "Corporation",
            "@id": url,
            "url": url,
            "name": company.name,
            "description": company.summary,
            "identifier": compact(
                {"@type": "PropertyValue", "propertyID": "FI business ID", "value": company.business_id}
            )
            if company.business_id
            else None,
            "foundingDate": str(company.founded_year) if company.founded_year else None,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": company.municipality.name,
                "addressRegion": "Uusimaa",
                "addressCountry": "FI",
            },
            "logo": image_url(company, "logo", base),
            "knowsAbout": [t.name for t in company.capabilities.all()],
            "sameAs": websites(company.website),
        }
    )


def partner_data(partner: Partner, base: str) -> dict:
    url = base + partner.get_absolute_url()
    return compact(
        {
            "@context": "https://schema.org",
            "@type": PARTNER_TYPES.get(partner.organisation_type, "Organization"),
            "@id": url,
            "url": url,
            "name": partner.name,
            "description": partner.summary,
            "address": compact(
                {"@type": "PostalAddress", "addressLocality": partner.city, "addressCountry": partner.country.code}
            ),
            "logo": image_url(partner, "logo", base),
            "sameAs": websites(partner.website),
        }
    )


DESCRIBERS = {Project: project_data, Company: company_data, Partner: partner_data}


def describe(obj, base: str, **read) -> dict:
    """The schema.org description of a project, a company or a partner; `base` is the site's address
    (core.links.site_url), and `read` what the page has read of it already."""
    return DESCRIBERS[type(obj)](obj, base, **read)


def script_json(data: dict) -> str:
    """The data as JSON that cannot end or break out of the <script> element holding it."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
