//! Flows whose middle steps the product team orders (Xpollens's modular KYC): which steps may be
//! placed, and the flow with them in a chosen order, each once.

use super::{Flow, FlowId};
use crate::flow::Step;

impl FlowId {
    /// The steps a product team may put in any order (all of them, each once), in their default
    /// order; empty when the flow's order is fixed. They come after the consents (the provider
    /// only hears of the user once both are given) and before the decision.
    pub fn reorderable(self) -> &'static [Step] {
        match self {
            FlowId::XpollensAccount => &[Step::Identity, Step::Declaration, Step::Tax, Step::Terms],
            FlowId::SolarisIdnow | FlowId::IddatawebPhone | FlowId::OnfidoDocuments | FlowId::SignicatBank => &[],
        }
    }

    /// The flow with its reorderable steps in `order`; `order` must name each of them once.
    pub fn ordered(self, order: &[Step]) -> Result<Flow, StepOrderError> {
        let allowed = self.reorderable();
        if allowed.is_empty() {
            return Err(StepOrderError::FixedOrder);
        }
        if let Some(&s) = order.iter().find(|s| !allowed.contains(s)) {
            return Err(StepOrderError::NotAllowed(s));
        }
        if let Some(&s) = order.iter().enumerate().find_map(|(i, s)| order[..i].contains(s).then_some(s)) {
            return Err(StepOrderError::Repeated(s));
        }
        if let Some(&s) = allowed.iter().find(|s| !order.contains(s)) {
            return Err(StepOrderError::Missing(s));
        }
        let mut flow = self.definition();
        flow.steps = [Step::PersonalData, Step::Consents].into_iter().chain(order.iter().copied()).collect();
        flow.steps.push(Step::Status);
        Ok(flow)
    }
}

/// Why a step order cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StepOrderError {
    /// The flow's steps come in one order only.
    #[error("this flow's steps cannot be reordered")]
    FixedOrder,
    /// A step this flow does not let product teams place.
    #[error("step {} cannot be placed in this flow", .0.key())]
    NotAllowed(Step),
    /// A step named twice.
    #[error("step {} is named twice", .0.key())]
    Repeated(Step),
    /// A step left out: every step must be clear before the account opens.
    #[error("step {} is missing: every step is needed", .0.key())]
    Missing(Step),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_steps_come_in_the_product_teams_order_each_once() {
        use Step::*;
        let id = FlowId::from_key("xpollens_account").unwrap();
        assert_eq!(id.definition().steps, [PersonalData, Consents, Identity, Declaration, Tax, Terms, Status]);
        let flow = id.ordered(&[Terms, Tax, Declaration, Identity]).unwrap();
        assert_eq!(flow.steps, [PersonalData, Consents, Terms, Tax, Declaration, Identity, Status]);
        assert_eq!(flow.next(Consents), Some(Terms));
        assert_eq!(id.ordered(&[Terms, Tax, Declaration]), Err(StepOrderError::Missing(Identity)));
        assert_eq!(id.ordered(&[Terms, Tax, Declaration, Identity, Tax]), Err(StepOrderError::Repeated(Tax)));
        assert_eq!(id.ordered(&[Terms, Tax, Declaration, Capture]), Err(StepOrderError::NotAllowed(Capture)));
        assert_eq!(FlowId::SolarisIdnow.ordered(&[]), Err(StepOrderError::FixedOrder));
    }
}
