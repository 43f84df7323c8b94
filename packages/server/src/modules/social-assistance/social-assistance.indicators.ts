export const socialAssistanceIndicators = {};
