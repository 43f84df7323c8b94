// An antd Form rule that runs a shared zod field schema, so the form says exactly what the
// server would (the contracts carry the Chinese messages). Empty values are left to `required`.
type FieldSchema = {
  safeParse: (value: unknown) => { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
};

export const zodRule = (schema: FieldSchema) => ({
  validator: async (_rule: unknown, value: unknown) => {
    if (value === undefined || value === null || value === '') return;
    const result = schema.safeParse(value);
    if (!result.success) throw new Error(result.error.issues[0]?.message ?? '');
  },
});
