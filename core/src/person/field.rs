//! The fields of the personal-data form: their wire keys, the group each sits in and the kind of
//! control that asks for it. A flow's definition chooses which of them it asks.

use super::PersonalDataInput;
use serde::{Deserialize, Serialize};

macro_rules! fields {
    ($($(#[doc = $doc:literal])* $variant:ident => $key:literal, $member:ident, $group:ident, $widget:expr;)+) => {
        /// A field of the personal-data form.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum Field {
            $($(#[doc = $doc])* $variant,)+
        }

        impl Field {
            /// Every field, in form order.
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];

            /// The field's key on the wire and its id in the page.
            pub fn key(self) -> &'static str {
                match self { $(Field::$variant => $key,)+ }
            }

            /// The part of the form it belongs to.
            pub fn group(self) -> Group {
                match self { $(Field::$variant => Group::$group,)+ }
            }

            /// The control that asks for it.
            pub fn widget(self) -> Widget {
                match self { $(Field::$variant => $widget,)+ }
            }

            /// The field's raw value in `input`.
            pub fn value(self, input: &PersonalDataInput) -> &str {
                match self { $(Field::$variant => &input.$member,)+ }
            }

            /// The field's raw value in `input`, for writing.
            pub fn value_mut(self, input: &mut PersonalDataInput) -> &mut String {
                match self { $(Field::$variant => &mut input.$member,)+ }
            }
        }
    };
}

fields! {
    /// Mr, Ms or neither.
    Salutation => "salutation", salutation, You, Widget::Choice(ChoiceList::Salutation);
    /// Academic title.
    Title => "title", title, You, Widget::Choice(ChoiceList::Title);
    /// First names, with all middle names, as printed on the ID document.
    FirstName => "first_name", first_name, You, Widget::Text("given-name");
    /// Last name as printed on the ID document.
    LastName => "last_name", last_name, You, Widget::Text("family-name");
    /// Name at birth, where it differs.
    BirthName => "birth_name", birth_name, You, Widget::Text("");
    /// Birth date.
    BirthDate => "birth_date", birth_date, Birth, Widget::Date("bday");
    /// Place of birth.
    BirthCity => "birth_city", birth_city, Birth, Widget::Text("");
    /// Country of birth.
    BirthCountry => "birth_country", birth_country, Birth, Widget::Country("");
    /// Nationality.
    Nationality => "nationality", nationality, Birth, Widget::Country("");
    /// Street.
    Street => "street", street, Address, Widget::Text("address-line1");
    /// House number.
    HouseNumber => "house_number", house_number, Address, Widget::Text("");
    /// Postal code.
    PostalCode => "postal_code", postal_code, Address, Widget::Text("postal-code");
    /// City.
    City => "city", city, Address, Widget::Text("address-level2");
    /// Country of residence.
    Country => "country", country, Address, Widget::Country("country");
    /// State or province, where the country has them.
    State => "state", state, Address, Widget::Choice(ChoiceList::State);
    /// Mobile number.
    MobileNumber => "mobile_number", mobile_number, Contact, Widget::Tel("tel");
    /// E-mail address.
    Email => "email", email, Contact, Widget::Email("email");
    /// Country of tax residence.
    TaxResidency => "tax_residency", tax_residency, Declarations, Widget::Country("");
    /// Whether the person is a US person for tax purposes (FATCA).
    FatcaRelevant => "fatca_relevant", fatca_relevant, Declarations, Widget::YesNo;
    /// US Social Security number, all nine digits or the last four (US residents only).
    Ssn => "ssn", ssn, Declarations, Widget::Text("off");
    /// Whether the person declares themselves a politically exposed person.
    Pep => "pep", pep, Declarations, Widget::YesNo;
}

/// The parts of the form, each a fieldset with its legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// Salutation, title and names.
    You,
    /// Birth date and place, nationality.
    Birth,
    /// Residence address.
    Address,
    /// Mobile number and e-mail.
    Contact,
    /// Tax residency, FATCA and PEP self-declarations.
    Declarations,
}

impl Group {
    /// Every group, in form order.
    pub const ALL: [Group; 5] = [Group::You, Group::Birth, Group::Address, Group::Contact, Group::Declarations];

    /// A stable name for the group, as files of texts key its legend.
    pub fn key(self) -> &'static str {
        match self {
            Group::You => "you",
            Group::Birth => "birth",
            Group::Address => "address",
            Group::Contact => "contact",
            Group::Declarations => "declarations",
        }
    }
}

/// The control of a field, with its `autocomplete` token where the HTML standard has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// A text input.
    Text(&'static str),
    /// A date input.
    Date(&'static str),
    /// A phone-number input.
    Tel(&'static str),
    /// An e-mail input.
    Email(&'static str),
    /// A country select.
    Country(&'static str),
    /// A select over a fixed list of options.
    Choice(ChoiceList),
    /// A yes-or-no radio group.
    YesNo,
}

/// The option lists of choice fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceList {
    /// [`super::Salutation`].
    Salutation,
    /// [`super::Title`].
    Title,
    /// The states or provinces of the residence country ([`crate::subdivision::of`]).
    State,
}

impl Field {
    /// Whether the field is asked at all given what else was entered: a state only where the
    /// country of residence has states, an SSN only for US residents.
    pub fn applies(self, input: &PersonalDataInput) -> bool {
        match self {
            Field::State => !crate::subdivision::of(&input.country).is_empty(),
            Field::Ssn => input.country.trim().eq_ignore_ascii_case("US"),
            _ => true,
        }
    }

    /// The field for a wire key.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.key() == key)
    }
}
